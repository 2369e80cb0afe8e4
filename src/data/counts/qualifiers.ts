/**
 * Words before a figure and what they do to its bounds.
 * - `low`: the figure is the least ("at least 25,000" → low 25000)
 * - `above`: the figure is exceeded ("over 1,300" → low 1301)
 * - `high`: the figure is the most ("up to 500" → high 500)
 * - `below`: the figure is not reached ("fewer than 100" → high 99)
 * - `about`: neither bound; approximate
 * `approximate` marks the words that also say the figure is rounded ("nearly", "some").
 */
export type QualifierEffect = 'low' | 'above' | 'high' | 'below' | 'about';

export interface Qualifier {
  readonly words: readonly string[];
  readonly effect: QualifierEffect;
  readonly approximate: boolean;
}

const entry = (phrase: string, effect: QualifierEffect, approximate = false): Qualifier => ({
  words: phrase.split(' '),
  effect,
  approximate,
});

export const QUALIFIERS: readonly Qualifier[] = [
  entry('at least', 'low'),
  entry('no fewer than', 'low'),
  entry('no less than', 'low'),
  entry('a minimum of', 'low'),
  entry('more than', 'above'),
  entry('over', 'above'),
  entry('upwards of', 'above'),
  entry('in excess of', 'above'),
  entry('well over', 'above'),
  entry('just over', 'above', true),
  entry('up to', 'high'),
  entry('as many as', 'high'),
  entry('at most', 'high'),
  entry('a maximum of', 'high'),
  entry('nearly', 'high', true),
  entry('almost', 'high', true),
  entry('close to', 'high', true),
  entry('just under', 'high', true),
  entry('fewer than', 'below'),
  entry('less than', 'below'),
  entry('under', 'below'),
  entry('about', 'about', true),
  entry('around', 'about', true),
  entry('some', 'about', true),
  entry('roughly', 'about', true),
  entry('approximately', 'about', true),
  entry('approx.', 'about', true),
  entry('an estimated', 'about', true),
  entry('estimated', 'about', true),
  entry('an approximate', 'about', true),
  entry('nearly', 'high', true),
  entry('~', 'about', true),
].sort((a, b) => b.words.length - a.words.length);
