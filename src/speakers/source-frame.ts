import type { Token } from '../document/index.js';
import { SOURCE_OPENERS } from '../data/speakers/cues.js';
import type { Context } from './context.js';
import { readMention } from './mention.js';
import type { Frame } from './types.js';
import { isQuote } from './words.js';

const STOPS = new Set([',', ';', ':', '.', ')', 'that', 'which', 'who']);

/** The openers by their first word, in list order: an opener is looked for at every word. */
const OPENERS_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const opener of SOURCE_OPENERS) {
  const list = OPENERS_BY_FIRST_WORD.get(opener[0] ?? '');
  if (list) list.push(opener);
  else OPENERS_BY_FIRST_WORD.set(opener[0] ?? '', [opener]);
}

/** The words an opener can start with. */
export const OPENER_FIRST_WORDS: ReadonlySet<string> = new Set(OPENERS_BY_FIRST_WORD.keys());

/** The opener starting at word `k`, as its length in words, or 0. */
export function sourceOpenerAt(words: readonly Token[], k: number): number {
  const openers = OPENERS_BY_FIRST_WORD.get(words[k]?.lower ?? '');
  if (!openers) return 0;
  for (const opener of openers) {
    if (opener.every((w, i) => words[k + i]?.lower === w)) return opener.length;
  }
  return 0;
}

/**
 * "According to the United Nations, 90,000 civilians fled" (forward: the clause follows) or
 * "90,000 civilians fled, according to the UN" (backward: the clause precedes).
 */
export function sourceFrame(ctx: Context, sentence: number, words: readonly Token[], k: number, length: number): Frame | null {
  const from = k + length;
  let to = from;
  while (to < words.length && to - from < 24 && !STOPS.has(words[to]?.lower ?? '') && !isQuote(words[to] as Token)) to++;
  const mention = readMention(ctx, words.slice(from, to));
  if (!mention) return null;
  const opener = words[k]?.lower ?? '';
  const first = words.findIndex((w) => /[\p{L}\p{N}]/u.test(w.text));
  return {
    sentence,
    start: words[k]?.start ?? 0,
    end: mention.span.end,
    mention,
    direction: k <= first ? 'forward' : 'backward',
    via: null,
    rule: `speakers/source-frame: ${opener}`,
  };
}
