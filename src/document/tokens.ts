import { isSpace } from './chars.js';
import type { Token } from './types.js';

/**
 * Places wink's tokens in the text. wink gives token values and preceding spaces, not offsets,
 * and may split a word ("can't" → "ca", "n't"); each value is found from a cursor so a token
 * that wink altered still lands at the right place.
 */
export function placeTokens(text: string, values: readonly string[], types: readonly string[]): Token[] {
  // filled by push, not preallocated: a preallocated array stays "holey" for V8, and every later
  // read of a token (each stage reads them all) then checks for a hole
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const found = value === '' ? -1 : findValue(text, value, cursor);
    // wink keeps tokens in order; a value found far ahead is a normalised token, not this one
    const start = found >= 0 && found - cursor <= 64 ? found : skipSpaces(text, cursor);
    const end = Math.min(text.length, found === start ? start + value.length : start + Math.max(1, value.length));
    // where the value was found, it is the text there: no copy
    const surface = found === start ? value : text.slice(start, end);
    tokens.push(new PlacedToken(start, end, surface, lowerCase(surface), types[i] ?? 'word'));
    cursor = end;
  }
  return tokens;
}

/**
 * A token made by a constructor, not an object literal: V8 may decide, early in a process while
 * its young generation is small, that what a literal makes outlives young collections, and from
 * then on makes all its objects in the old generation, where ~200,000 tokens a megabyte of text
 * died (on the benchmark, garbage collection took 30 ms a pass instead of 19). V8 keeps no such
 * record for objects made by `new`: they are made young.
 */
class PlacedToken implements Token {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  declare readonly lower: string;
  declare readonly type: string;

  constructor(start: number, end: number, text: string, lower: string, type: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.type = type;
  }
}

/**
 * Where the value is first found from the cursor, as `indexOf` finds it. Most tokens follow the
 * one before directly or after spaces: a value that does not start with a space cannot start
 * among those spaces, so it is tried just after them before the text is searched.
 */
function findValue(text: string, value: string, cursor: number): number {
  if (isSpace(value.charCodeAt(0))) return text.indexOf(value, cursor);
  let at = cursor;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return text.startsWith(value, at) ? at : text.indexOf(value, at);
}

/** The text in lower case; the same string when it has no capital, as toLowerCase would copy it. */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return text.toLowerCase();
  }
  return text;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
