/**
 * Phrases of a word list (data/places/words.ts) found among whitespace-separated words, in time
 * linear in the words read: what regexes built from those lists did (the regex audit can only
 * check literals). A phrase's words may be apart by any whitespace; as with `\b` in a regex, its
 * first word may follow a hyphen or a bracket in its token ("sub-district", "(frontline") and its
 * last may be followed by one ("zone,", "province's").
 */

import { holdsLastWord } from './phrase-edges.js';
import { endsWord, shapesOf, startsWord } from './phrase-shapes.js';
import { type Word, wordsOf } from './word-runs.js';

/** Where a phrase whose last word ends the word at `last` starts, or -1; the longest phrase wins. */
export function phraseEndingAt(words: readonly Word[], last: number, list: ReadonlySet<string>): number {
  const lastWord = words[last];
  if (!lastWord) return -1;
  const shapes = shapesOf(list);
  for (let count = shapes.length; count >= 1; count--) {
    const first = words[last - count + 1];
    const shape = shapes[count - 1];
    // most words end no phrase of the list: their phrases are not built
    if (!first || !shape || (count > 1 && !shape.lastWords.has(lastWord.lower))) continue;
    const rest = count > 1 ? ` ${joinLower(words, last - count + 2, last + 1)}` : '';
    for (const length of shape.firstLengths) {
      const start = first.text.length - length;
      if (start >= 0 && startsWord(first.text, start) && shape.phrases.has(first.text.slice(start).toLowerCase() + rest)) return first.start + start;
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
  if (!holdsLastWord(text, list)) return [];
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
    if (!shape || !last || !shape.firstLengths.includes(head.length) || !shape.firstWords.has(head.toLowerCase())) continue;
    const opening = count > 2 ? `${head.toLowerCase()} ${joinLower(words, index + 1, index + count - 1)} ` : `${head.toLowerCase()} `;
    for (const length of shape.lastLengths) {
      if (endsWord(last.text, length) && shape.phrases.has(opening + last.text.slice(0, length).toLowerCase())) return last.start + length;
    }
  }
  const word = words[index] as Word;
  for (const length of shapes[0]?.lastLengths ?? []) {
    if (endsWord(head, length) && shapes[0]?.phrases.has(head.slice(0, length).toLowerCase())) return word.end - head.length + length;
  }
  return -1;
}

/** The lower-cased words [from, to), joined by single spaces. */
function joinLower(words: readonly Word[], from: number, to: number): string {
  let joined = (words[from] as Word).lower;
  for (let i = from + 1; i < to; i++) joined += ` ${(words[i] as Word).lower}`;
  return joined;
}
