/** A word with its place in a piece of text. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[A-Za-z]+(?:['-][A-Za-z]+)*/g)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** The lower-cased words of a text, as `wordsOf` cuts them. */
export function lowerWordsOf(text: string): string[] {
  return (text.match(/[A-Za-z]+(?:['-][A-Za-z]+)*/g) ?? []).map((w) => w.toLowerCase());
}

/**
 * A test for any word or phrase of a list in a text, or in its words already cut by
 * `lowerWordsOf` (a sentence read by several tests is cut once), by set look-up rather than a
 * pattern built at run time (every pattern in src/ is a literal, so that it can be audited).
 * Phrases are found by their first word, in one pass over the words.
 */
export function wordTest(list: readonly string[]): (text: string | readonly string[]) => boolean {
  const single = new Set(list.filter((w) => !w.includes(' ')));
  const phrases = new Map<string, string[][]>();
  for (const phrase of list.filter((w) => w.includes(' '))) {
    const words = phrase.split(' ');
    phrases.set(words[0] ?? '', [...(phrases.get(words[0] ?? '') ?? []), words]);
  }
  return (text) => {
    const words = typeof text === 'string' ? lowerWordsOf(text) : text;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      if (single.has(word)) return true;
      if (phrases.get(word)?.some((phrase) => phrase.every((w, k) => words[i + k] === w))) return true;
    }
    return false;
  };
}
