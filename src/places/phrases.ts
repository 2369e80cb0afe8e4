/**
 * Phrases of a word list (data/places/words.ts) found among whitespace-separated words, in time
 * linear in the words read: what regexes built from those lists did (the regex audit can only
 * check literals). A phrase's words may be apart by any whitespace; as with `\b` in a regex, its
 * first word may follow a hyphen or a bracket in its token ("sub-district", "(frontline") and its
 * last may be followed by one ("zone,", "province's").
 */

/** A run of non-space characters of a window, with its offsets in the window. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return words;
}

/** Where a phrase whose last word ends the word at `last` starts, or -1; the longest phrase wins. */
export function phraseEndingAt(words: readonly Word[], last: number, list: ReadonlySet<string>): number {
  const shapes = shapesOf(list);
  for (let count = shapes.length; count >= 1; count--) {
    const first = words[last - count + 1];
    const shape = shapes[count - 1];
    if (!first || !shape || last >= words.length) continue;
    const rest = words.slice(last - count + 2, last + 1).map((word) => word.text.toLowerCase());
    for (const length of shape.firstLengths) {
      const start = first.text.length - length;
      if (start >= 0 && startsWord(first.text, start) && shape.phrases.has([first.text.slice(start).toLowerCase(), ...rest].join(' '))) return first.start + start;
    }
  }
  return -1;
}

/** Where a phrase whose first word starts the word at `first` ends, or -1; the longest phrase wins. */
export function phraseStartingAt(words: readonly Word[], first: number, list: ReadonlySet<string>): number {
  const word = words[first];
  return word ? phraseFrom(words, first, word.text, list) : -1;
}

/** Every phrase of the list in the text, left to right, none overlapping (a global regex's matches). */
export function findPhrases(text: string, list: ReadonlySet<string>): { start: number; end: number }[] {
  // every phrase ends with one of a few words: a text holding none of them holds no phrase
  const lower = text.toLowerCase();
  if (!lastWordsOf(list).some((word) => lower.includes(word))) return [];
  const words = wordsOf(text);
  const found: { start: number; end: number }[] = [];
  let after = 0;
  words.forEach((word, index) => {
    for (let offset = 0; offset < word.text.length; offset++) {
      if (word.start + offset < after || !startsWord(word.text, offset)) continue;
      const end = phraseFrom(words, index, word.text.slice(offset), list);
      if (end >= 0) found.push({ start: word.start + offset, end });
      after = Math.max(after, end);
    }
  });
  return found;
}

/**
 * The end of the longest phrase that starts with `head` (the word at `index`, or its tail): as a
 * phrase's first word all of it; as a whole one-word phrase, any part of it ending a word.
 */
function phraseFrom(words: readonly Word[], index: number, head: string, list: ReadonlySet<string>): number {
  const shapes = shapesOf(list);
  for (let count = shapes.length; count >= 2; count--) {
    const shape = shapes[count - 1];
    const last = words[index + count - 1];
    if (!shape || !last || !shape.firstLengths.includes(head.length)) continue;
    const middle = words.slice(index + 1, index + count - 1).map((word) => word.text.toLowerCase());
    for (const length of shape.lastLengths) {
      if (endsWord(last.text, length) && shape.phrases.has([head.toLowerCase(), ...middle, last.text.slice(0, length).toLowerCase()].join(' '))) return last.start + length;
    }
  }
  const word = words[index] as Word;
  for (const length of shapes[0]?.lastLengths ?? []) {
    if (endsWord(head, length) && shapes[0]?.phrases.has(head.slice(0, length).toLowerCase())) return word.end - head.length + length;
  }
  return -1;
}

interface Shape {
  readonly phrases: ReadonlySet<string>;
  /** Lengths of the phrases' first and last words, longest first. */
  readonly firstLengths: readonly number[];
  readonly lastLengths: readonly number[];
}

const lastWordCache = new WeakMap<ReadonlySet<string>, readonly string[]>();

/** The last words of the list's phrases, lower-cased. */
function lastWordsOf(list: ReadonlySet<string>): readonly string[] {
  let words = lastWordCache.get(list);
  if (!words) {
    words = [...new Set([...list].map((phrase) => phrase.toLowerCase().split(' ').filter(Boolean).pop() ?? ''))];
    lastWordCache.set(list, words);
  }
  return words;
}

const shapeCache = new WeakMap<ReadonlySet<string>, Shape[]>();

/** The list's phrases by their number of words (index 0: one word). */
function shapesOf(list: ReadonlySet<string>): Shape[] {
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
    firstLengths: lengths(phrases.map((words) => words[0]?.length ?? 0)),
    lastLengths: lengths(phrases.map((words) => words[words.length - 1]?.length ?? 0)),
  }));
  shapeCache.set(list, shapes);
  return shapes;
}

// \b as a regex without the u flag sees it: between [A-Za-z0-9_] and anything else
const isWordChar = (char: string | undefined): boolean => char !== undefined && /^\w$/.test(char);
const startsWord = (text: string, at: number): boolean => isWordChar(text[at]) && !isWordChar(text[at - 1]);
const endsWord = (text: string, at: number): boolean => at > 0 && at <= text.length && isWordChar(text[at - 1]) && !isWordChar(text[at]);
