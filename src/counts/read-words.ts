import type { Token } from '../document/index.js';
import { LETTER_SCALES, SCALES, SMALL_NUMBERS } from '../data/counts/number-words.js';
import type { Numeral } from './types.js';

// own words only, as Maps: an object's look-up also finds "constructor" and "toString", and a
// word sequence is tried at every token of a sentence that may hold a figure
const SMALL = new Map(Object.entries(SMALL_NUMBERS));
const SCALE = new Map(Object.entries(SCALES));

/**
 * Numbers in words: "three", "twenty-five", "two hundred and fifty thousand", "a dozen",
 * "a million", "half a million".
 */
export function readWords(tokens: readonly Token[], i: number, to: number): Numeral | null {
  let at = i;
  let factor = 1;
  if (tokens[at]?.lower === 'half' && tokens[at + 1]?.lower === 'a') {
    factor = 0.5;
    at += 2;
  } else if (tokens[at]?.lower === 'a' || tokens[at]?.lower === 'one') {
    // "a dozen", "a million", "one million"; a lone "a" is no number
    const next = tokens[at + 1]?.lower ?? '';
    if (tokens[at]?.lower === 'a' && !SCALE.has(next) && next !== 'dozen') return null;
  }
  const read = readWordSequence(tokens, at, to);
  if (!read) return null;
  return { value: Math.round(read.value * factor), low: null, high: null, end: read.end, rule: 'counts/read-words' };
}

function readWordSequence(tokens: readonly Token[], from: number, to: number): { value: number; end: number } | null {
  let total = 0;
  let current = 0;
  let end = from;
  let seen = false;
  for (let at = from; at < to; at++) {
    const word = tokens[at]?.lower ?? '';
    if (word === 'a' && at === from) continue;
    if (word === '-' && seen && isNumberWord(tokens[at + 1]?.lower)) continue;
    // "two hundred and fifty", but "between two and three million" is two figures
    if (word === 'and' && seen && isScaleWord(tokens[at - 1]?.lower) && SMALL.has(tokens[at + 1]?.lower ?? '')) continue;
    const small = SMALL.get(word);
    const scale = SCALE.get(word);
    if (word === 'dozen' || word === 'score') current = (current || 1) * (small ?? 1);
    else if (small !== undefined) current += small;
    else if (scale !== undefined && !LETTER_SCALES.has(word)) {
      current = (current || 1) * scale;
      if (scale >= 1000) { total += current; current = 0; }
    } else break;
    seen = true;
    end = at + 1;
  }
  if (!seen) return null;
  return { value: total + current, end };
}

function isNumberWord(word: string | undefined): boolean {
  return word !== undefined && (SMALL.has(word) || (SCALE.has(word) && !LETTER_SCALES.has(word)));
}

function isScaleWord(word: string | undefined): boolean {
  return word !== undefined && SCALE.has(word) && !LETTER_SCALES.has(word);
}
