import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Place } from '../types.js';

/** STUB until the places stage lands: the places of each candidate, in order. */
export function assignPlaces(_doc: Doc, candidates: readonly Candidate[]): Place[][] {
  return candidates.map(() => []);
}
