import { DESTINATION_WORDS, HOME_PHRASES, HOST_PHRASES, ORIGIN_WORDS, PASS_OVER_WORDS } from '../data/places/words.js';
import type { ClaimKind, PlaceRole } from '../types.js';

const LOOK_BACK = 7;
// Windows around the place: seven words of a clause fit in 200 characters (the words passed
// over are short), and the phrases after it in 100; a longer sentence costs no more per place.
const BEFORE_WINDOW = 200;
const AFTER_WINDOW = 100;

/**
 * Where people were in relation to the place at [start, end) of the sentence, for displacement:
 * "fled (from) X", "their homes in X" → origin; "to", "toward", "near", "sought refuge in X",
 * "X has taken in" → destination; else location. Deaths, injuries and the missing are always located.
 */
export function roleOf(kind: ClaimKind, sentence: string, start: number, end: number): PlaceRole {
  if (kind !== 'displaced') return 'location';
  const after = sentence.slice(end, end + AFTER_WINDOW);
  if (HOST_PHRASES.test(after)) return 'destination';
  if (HOME_PHRASES.test(after)) return 'location';
  for (const word of clauseWordsBefore(sentence, start)) {
    if (ORIGIN_WORDS.has(word)) return 'origin';
    if (DESTINATION_WORDS.has(word)) return 'destination';
    if (!PASS_OVER_WORDS.has(word) && !/-held$|'s$/.test(word) && !/^(?:north|south|east|west|central)/.test(word)) return 'location';
  }
  return 'location';
}

/** The last words of the clause before `start`, nearest first, lower-cased. */
function clauseWordsBefore(sentence: string, start: number): string[] {
  const from = Math.max(0, start - BEFORE_WINDOW);
  let clause = start;
  while (clause > from && !CLAUSE_BREAKS.has(sentence.charCodeAt(clause - 1))) clause--;
  const words = sentence.slice(clause, start).toLowerCase().split(/\s+/).filter(Boolean);
  // the window may have cut the clause's first word it holds
  if (from > 0 && clause === from) words.shift();
  return words.slice(-LOOK_BACK).reverse();
}

// , ; : . ! ? ( ) "
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([...',;:.!?()"'].map((char) => char.charCodeAt(0)));
