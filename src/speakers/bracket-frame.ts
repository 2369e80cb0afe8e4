import type { Token } from '../document/index.js';
import type { Context } from './context.js';
import { readMention } from './mention.js';
import type { Frame } from './types.js';

/** Words that open a source bracket whatever follows: "(Source: IOM DTM)". */
const SOURCE_LABELS = new Set(['source', 'sources', 'data', 'figures']);
/** A bracket longer than this is an aside, not a source note. */
const MAX_INSIDE = 12;

/**
 * A source note closing a line or sentence: "370,000 new arrivals (UNHCR, 12 September)",
 * "Key figures (OCHA):", "(Source: IOM DTM)". It names the speaker of the whole line; a bracket
 * that is no source ("(3 camps)", "(14,210)", "(see map)") names no known organisation.
 */
export function trailingSourceFrame(ctx: Context, sentence: number, words: readonly Token[]): Frame | null {
  let close = words.length - 1;
  while (close >= 0 && /^[.:;!?]$/.test(words[close]?.text ?? '')) close--;
  if (words[close]?.text !== ')') return null;
  const open = openingBracket(words, close);
  if (open < 1 || close - open - 1 > MAX_INSIDE) return null;
  const inside = words.slice(open + 1, close);
  const labelled = SOURCE_LABELS.has(inside[0]?.lower ?? '') && inside[1]?.text === ':';
  const body = labelled ? inside.slice(2) : inside;
  const comma = body.findIndex((w) => w.text === ',' || w.text === ';');
  const mention = readMention(ctx, comma >= 0 ? body.slice(0, comma) : body);
  if (!mention || mention.form === 'pronoun' || mention.form === 'description' || mention.kind === 'outlet') return null;
  if (!labelled && !mention.known) return null;
  return {
    sentence,
    start: words[open]?.start ?? 0,
    end: words[close]?.end ?? 0,
    mention,
    direction: 'sentence',
    via: null,
    rule: 'speakers/bracket-frame: trailing source',
  };
}

function openingBracket(words: readonly Token[], close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= MAX_INSIDE + 1; i--) {
    const text = words[i]?.text;
    if (text === '(') return i;
    if (text === ')') return -1;
  }
  return -1;
}
