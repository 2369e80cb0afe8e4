import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Speaker } from '../types.js';

export interface SpeakerOptions {
  readonly source?: string;
}

/** STUB until the speakers stage lands: the speaker (or null) of each candidate, in order. */
export function assignSpeakers(_doc: Doc, candidates: readonly Candidate[], _options: SpeakerOptions): (Speaker | null)[] {
  return candidates.map(() => null);
}
