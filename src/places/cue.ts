import { isAsciiLetter } from '../document/index.js';
import { ATTACK_NOUNS, CUE_PASS_OVER, DIVISION_NOUNS, PLACE_CUES, SETTLEMENT_NOUNS } from '../data/places/words.js';

const ENDS_SENTENCE = /[.;:!?]\s*(?:the\s+)?$/i;

/**
 * "in X", "fled X", "the towns of X"; not "according to X", nor "the Office of X". Reads the
 * words before the name back from it, as many as it needs: this runs for every name.
 */
export function isCued(before: string): boolean {
  if (ENDS_SENTENCE.test(before)) return false;
  const lower = before.toLowerCase();
  let end = lower.length;
  let cue: string;
  do {
    const start = wordStartBefore(lower, (end = wordEndBefore(lower, end)));
    cue = lower.slice(start, end);
    end = start;
  } while (CUE_PASS_OVER.has(cue));
  const beforeCueEnd = wordEndBefore(lower, end);
  const beforeCue = lower.slice(wordStartBefore(lower, beforeCueEnd), beforeCueEnd);
  if (cue === 'on') return ATTACK_NOUNS.has(beforeCue);
  if (!PLACE_CUES.has(cue)) return false;
  if (cue === 'to' && /^(?:according|due|thanks|close)$/.test(beforeCue)) return false;
  if (cue === 'of') return SETTLEMENT_NOUNS.has(beforeCue) || DIVISION_NOUNS.has(beforeCue) || /-held$/.test(beforeCue);
  return true;
}

// A word is a run of letters, apostrophes and hyphens (`[\p{L}'-]+`), read by code point.
const LETTER = /\p{L}/uy;

/** The end of the last word that ends at or before `end`, or 0. */
function wordEndBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && !isWordCharBefore(text, at)) at -= widthBefore(text, at);
  return at;
}

/** The start of the word that ends at `end`. */
function wordStartBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && isWordCharBefore(text, at)) at -= widthBefore(text, at);
  return at;
}

/** Whether the code point that ends at `at` is a word's. */
function isWordCharBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return isAsciiLetter(code) || code === 0x27 || code === 0x2d;
  LETTER.lastIndex = at - widthBefore(text, at);
  return LETTER.test(text);
}

/** 2 when the code point that ends at `at` is a surrogate pair, else 1. */
function widthBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}
