import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Period } from '../types.js';

/** STUB until the dates stage lands: one period (or null) per candidate, in order. */
export function assignPeriods(_doc: Doc, candidates: readonly Candidate[], _published: Date | null): (Period | null)[] {
  return candidates.map(() => null);
}
