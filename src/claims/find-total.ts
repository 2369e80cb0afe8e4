import type { Token } from '../document/index.js';
import { TOTAL_LINKS, TOTAL_NOUNS } from '../data/claims/triggers.js';
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
  const from = Math.max(sentenceFirst, countFirst - WINDOW);
  for (let at = countFirst - 2; at >= from; at--) {
    const token = tokens[at];
    if (!token || token.type === 'number' || token.lower === ';') return null;
    if (TOTAL_NOUNS.has(token.lower)) return kindWord(tokens, Math.max(sentenceFirst, at - 2), countFirst - 1);
    // "Citizens evacuated from the earthquake zone: more than 2.2 million"
    if (isLabel(tokens, at, countFirst)) return kindWord(tokens, Math.max(sentenceFirst, at - LABEL_WINDOW), countFirst - 1);
  }
  return null;
}

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
