/** A word list's phrases by their number of words, and the word edges `\b` sees: what phrases.ts and phrase-edges.ts read. */

import { isAsciiLetter } from '../document/index.js';

export interface Shape {
  readonly phrases: ReadonlySet<string>;
  /** The phrases' first and last words. */
  readonly firstWords: ReadonlySet<string>;
  readonly lastWords: ReadonlySet<string>;
  /** Lengths of the phrases' first and last words, longest first. */
  readonly firstLengths: readonly number[];
  readonly lastLengths: readonly number[];
}

const lastWordCache = new WeakMap<ReadonlySet<string>, readonly string[]>();

/** The last words of the list's phrases, lower-cased. */
export function phraseLastWords(list: ReadonlySet<string>): readonly string[] {
  let words = lastWordCache.get(list);
  if (!words) {
    words = [...new Set([...list].map((phrase) => phrase.toLowerCase().split(' ').filter(Boolean).pop() ?? ''))];
    lastWordCache.set(list, words);
  }
  return words;
}

const shapeCache = new WeakMap<ReadonlySet<string>, Shape[]>();

/** The list's phrases by their number of words (index 0: one word). */
export function shapesOf(list: ReadonlySet<string>): Shape[] {
  const known = shapeCache.get(list);
  if (known) return known;
  const byCount: string[][][] = [];
  for (const phrase of list) {
    const words = phrase.toLowerCase().split(' ').filter(Boolean);
    if (words.length > 0) (byCount[words.length - 1] ??= []).push(words);
  }
  const lengths = (values: number[]): number[] => [...new Set(values)].sort((a, b) => b - a);
  const shapes = Array.from(byCount, (phrases = []) => ({
    phrases: new Set(phrases.map((words) => words.join(' '))),
    firstWords: new Set(phrases.map((words) => words[0] ?? '')),
    lastWords: new Set(phrases.map((words) => words[words.length - 1] ?? '')),
    firstLengths: lengths(phrases.map((words) => words[0]?.length ?? 0)),
    lastLengths: lengths(phrases.map((words) => words[words.length - 1]?.length ?? 0)),
  }));
  shapeCache.set(list, shapes);
  return shapes;
}

// \b as a regex without the u flag sees it: between [A-Za-z0-9_] and anything else
const isWordCode = (code: number): boolean => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
export const startsWord = (text: string, at: number): boolean => isWordCode(text.charCodeAt(at)) && !isWordCode(text.charCodeAt(at - 1));
export const endsWord = (text: string, at: number): boolean => at > 0 && at <= text.length && isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at));
