// Reading the text just before a date: its clause, and its last word.
import { isAsciiLetter, isSpace } from '../document/index.js';

/** The text after its last clause break (, ; : ( ) "), read back from the date it comes before. */
export function clauseOf(text: string): { text: string; offset: number } {
  let offset = text.length;
  while (offset > 0 && !isClauseBreak(text.charCodeAt(offset - 1))) offset--;
  return { text: text.slice(offset), offset };
}

function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 34;
}

/**
 * The last word of a text (or of its first `length` characters), lower-cased, after any trailing
 * white space (and hyphens, if asked): "the start of " → "of". A pattern anchored at the end
 * ("... as of $") is tried at every position of the text before it; this look at its end tells
 * first whether it can match at all.
 */
export function lastWord(text: string, skipHyphens = false, length = text.length): string {
  let end = length;
  while (end > 0 && isSkipped(text.charCodeAt(end - 1), skipHyphens)) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

function isSkipped(code: number, skipHyphens: boolean): boolean {
  return (skipHyphens && code === 0x2d) || isSpace(code);
}
