import type { Token } from '../document/index.js';
import { RAISING_VERBS, TOTAL_LINKS, TOTAL_NOUNS } from '../data/claims/triggers.js';
import { triggerAt, type TriggerMatch } from './match-trigger.js';

const WINDOW = 14;
const LABEL_WINDOW = 5;
const POSITIONS = ['before', 'noun', 'after'] as const;

/**
 * A running total named a few words before its figure: "the death toll from Cyclone Mocha rose
 * to 145", "the death toll, now at 300", "the number of people displaced by floods reached
 * 1.2 million", "Deaths: 1,234". The kind comes from a trigger word in the total's phrase.
 */
export function triggerOfTotal(tokens: readonly Token[], countFirst: number, sentenceFirst: number): TriggerMatch | null {
  if (!TOTAL_LINKS.has(tokens[countFirst - 1]?.lower ?? '')) return null;
  return totalNamedBefore(tokens, countFirst, sentenceFirst);
}

/**
 * A total named after its figure: "bringing to 310 the number of people killed", "This brings
 * to 57,000 the number of households displaced since June".
 */
export function triggerOfTotalAfter(tokens: readonly Token[], countFirst: number, countEnd: number, sentenceEnd: number): TriggerMatch | null {
  if (tokens[countFirst - 1]?.lower !== 'to' || !RAISING_VERBS.has(tokens[countFirst - 2]?.lower ?? '')) return null;
  const noun = tokens[countEnd + 1]?.lower ?? '';
  if (tokens[countEnd]?.lower !== 'the' || !TOTAL_NOUNS.has(noun)) return null;
  return kindWord(tokens, countEnd + 1, Math.min(sentenceEnd, countEnd + 2 + LABEL_WINDOW));
}

function totalNamedBefore(tokens: readonly Token[], countFirst: number, sentenceFirst: number): TriggerMatch | null {
  const from = Math.max(sentenceFirst, countFirst - WINDOW);
  for (let at = countFirst - 2; at >= from; at--) {
    const token = tokens[at];
    if (!token || token.lower === ';' || (token.type === 'number' && !isSpanOfTime(tokens, at))) return null;
    if (TOTAL_NOUNS.has(token.lower)) return kindWord(tokens, Math.max(sentenceFirst, at - 2), countFirst - 1);
    // "Citizens evacuated from the earthquake zone: more than 2.2 million"
    if (isLabel(tokens, at, countFirst)) return kindWord(tokens, Math.max(sentenceFirst, at - LABEL_WINDOW), countFirst - 1);
  }
  return null;
}

/** "over the past 72 hours": a span of time inside the total's phrase, not a figure of its own. */
function isSpanOfTime(tokens: readonly Token[], at: number): boolean {
  return SPAN_OPENERS.has(tokens[at - 1]?.lower ?? '') && SPAN_UNITS.has(tokens[at + 1]?.lower ?? '');
}

const SPAN_OPENERS = new Set(['past', 'last', 'previous', 'first']);
const SPAN_UNITS = new Set(['hours', 'days', 'weeks', 'months', 'years']);

/** "Deaths: 1,234", "Newly displaced: 12,500" */
function isLabel(tokens: readonly Token[], at: number, countFirst: number): boolean {
  return at === countFirst - 2 && tokens[countFirst - 1]?.lower === ':';
}

/** The first trigger among tokens [from, to): "death toll", "displaced", "refugees". */
function kindWord(tokens: readonly Token[], from: number, to: number): TriggerMatch | null {
  for (let at = from; at < to; at++) {
    for (const position of POSITIONS) {
      const found = triggerAt(tokens, at, to, position);
      if (found) return found;
    }
  }
  return null;
}
