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

/**
 * A test for any word or phrase of a list in a text, by set look-up rather than a pattern
 * built at run time (every pattern in src/ is a literal, so that it can be audited).
 */
export function wordTest(list: readonly string[]): (text: string) => boolean {
  const single = new Set(list.filter((w) => !w.includes(' ')));
  const phrases = list.filter((w) => w.includes(' ')).map((p) => ` ${p} `);
  return (text) => {
    const words = wordsOf(text).map((w) => w.lower);
    if (words.some((w) => single.has(w))) return true;
    const joined = ` ${words.join(' ')} `;
    return phrases.some((p) => joined.includes(p));
  };
}
