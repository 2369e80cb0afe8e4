import { DESTINATION_WORDS, HOME_PHRASES, HOST_PHRASES, ORIGIN_WORDS, PASS_OVER_WORDS } from '../data/places/words.js';
import type { ClaimKind, PlaceRole } from '../types.js';
import { isSpace } from '../document/index.js';

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

/**
 * The last words of the clause before `start`, nearest first, lower-cased: read back from it
 * word by word, only as far as they are needed (not the whole window, then split).
 */
function clauseWordsBefore(sentence: string, start: number): string[] {
  const from = Math.max(0, start - BEFORE_WINDOW);
  const words: string[] = [];
  let end = spacesBefore(sentence, from, start);
  while (words.length < LOOK_BACK && end > from && !breaksClause(sentence.charCodeAt(end - 1))) {
    let wordStart = end;
    while (wordStart > from && !isSpace(sentence.charCodeAt(wordStart - 1)) && !breaksClause(sentence.charCodeAt(wordStart - 1))) wordStart--;
    const before = spacesBefore(sentence, from, wordStart);
    // the window may have cut the clause's first word it holds
    if (before === from && from > 0) break;
    words.push(sentence.slice(wordStart, end).toLowerCase());
    end = before;
  }
  return words;
}

/** Where the whitespace that ends at `end` starts, not before `from`. */
function spacesBefore(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

// , ; : . ! ? ( ) " (compared, not looked up in a set: up to 200 characters are read back per place)
const breaksClause = (code: number): boolean =>
  code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x28 || code === 0x29 || code === 0x22;
