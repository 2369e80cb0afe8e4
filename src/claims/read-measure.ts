import type { Token } from '../document/index.js';
import { STOCK_CUES } from '../data/claims/modality.js';
import type { ClaimKind, Measure } from '../types.js';
import type { TriggerMatch } from './match-trigger.js';

const CUE_WINDOW = 8;

/**
 * A displacement figure is a stock (a standing total) when its trigger names a population
 * ("1.3 million internally displaced persons", "3.6 million refugees") or the words before it
 * say so ("is home to", "hosts", "has taken in", "remain displaced"); otherwise a flow.
 */
export function readMeasure(kind: ClaimKind, tokens: readonly Token[], trigger: TriggerMatch, countFirst: number, sentenceFirst: number): Measure {
  if (kind !== 'displaced') return 'flow';
  if (trigger.entry.stock) return 'stock';
  for (let at = Math.max(sentenceFirst, countFirst - CUE_WINDOW); at < countFirst; at++) {
    if (STOCK_CUES.has(tokens[at]?.lower ?? '')) return 'stock';
  }
  for (let at = countFirst; at < trigger.first; at++) {
    const word = tokens[at]?.lower ?? '';
    if (word === 'remain' || word === 'remained' || word === 'remains' || word === 'still') return 'stock';
  }
  return 'flow';
}
