/** Runs of non-space characters (a regex's `\S+`) of a window of text, found by a scan. */

import { isSpace } from '../document/index.js';

/** A run of non-space characters of a window, with its offsets in the window. */
export interface Word {
  readonly text: string;
  /** The text lower-cased, once: every rule compares words lower-cased. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** The runs of a text, left to right: this runs for the words around every name read. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const space = at === text.length || isSpace(text.charCodeAt(at));
    if (space && start >= 0) {
      const word = text.slice(start, at);
      words.push({ text: word, lower: word.toLowerCase(), start, end: at });
      start = -1;
    } else if (!space && start < 0) start = at;
  }
  return words;
}

/** The last `count` runs of a text (the end of what wordsOf gives), read back from its end. */
export function lastWordsOf(text: string, count: number): Word[] {
  const words: Word[] = [];
  let end = text.length;
  while (words.length < count) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, end);
    words.push({ text: word, lower: word.toLowerCase(), start, end });
    end = start;
  }
  return words.reverse();
}

/** The last run of a text that ends with whitespace, or '' (the last of wordsOf, without reading the rest). */
export function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The first run of a text, or ''. */
export function firstWordOf(text: string): string {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}
