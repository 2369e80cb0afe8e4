/** A word with its place in a piece of text. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[A-Za-z]+(?:['-][A-Za-z]+)*/g;
const LOWER_WORD = /[a-z]+(?:['-][a-z]+)*/g;
// İ and the Kelvin sign are the only characters that lower-case to ASCII letters (İ to two
// characters): a text holding one is lower-cased word by word, elsewhere it is lower-cased once
const LOWERS_TO_ASCII = /[\u0130\u212A]/;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  // an exec loop, not matchAll spread then mapped: the clause before every date is cut into words
  if (LOWERS_TO_ASCII.test(text)) {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: WORD.lastIndex });
    return words;
  }
  const lower = text.toLowerCase();
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(lower); m; m = LOWER_WORD.exec(lower)) words.push({ text: text.slice(m.index, LOWER_WORD.lastIndex), lower: m[0], start: m.index, end: LOWER_WORD.lastIndex });
  return words;
}

/** The lower-cased words of a text, as `wordsOf` cuts them. */
export function lowerWordsOf(text: string): string[] {
  if (LOWERS_TO_ASCII.test(text)) return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  return text.toLowerCase().match(LOWER_WORD) ?? [];
}

/**
 * A test for any word or phrase of a list in a text, or in its words already cut by
 * `lowerWordsOf` (a sentence read by several tests is cut once), by set look-up rather than a
 * pattern built at run time (every pattern in src/ is a literal, so that it can be audited).
 */
export function wordTest(list: readonly string[]): (text: string | readonly string[]) => boolean {
  const classesOf = wordClasses([list]);
  return (text) => classesOf(typeof text === 'string' ? lowerWordsOf(text) : text) !== 0;
}

interface Entry {
  /** The classes of the word alone. */
  bits: number;
  /** The phrases it opens, with the class of each. */
  readonly phrases: { readonly words: readonly string[]; readonly bit: number }[];
}

/**
 * The classes of words a text's words hold, as flags: bit i is set when a word or phrase of
 * `classes[i]` is among them. Phrases are found by their first word: one look-up a word for all
 * the lists, however many tests read them.
 */
export function wordClasses(classes: readonly (readonly string[])[]): (words: readonly string[]) => number {
  const byFirstWord = new Map<string, Entry>();
  classes.forEach((list, i) => {
    for (const item of list) {
      const words = item.split(' ');
      const first = words[0] ?? '';
      const entry = byFirstWord.get(first) ?? { bits: 0, phrases: [] };
      if (words.length === 1) entry.bits |= 1 << i;
      else entry.phrases.push({ words, bit: 1 << i });
      byFirstWord.set(first, entry);
    }
  });
  return (words) => {
    let bits = 0;
    for (let i = 0; i < words.length; i++) {
      const entry = byFirstWord.get(words[i] ?? '');
      if (!entry) continue;
      bits |= entry.bits;
      for (const { words: phrase, bit } of entry.phrases) {
        if ((bits & bit) === 0 && phrase.every((w, k) => words[i + k] === w)) bits |= bit;
      }
    }
    return bits;
  };
}
