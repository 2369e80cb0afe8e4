import type { Token } from '../document/index.js';
import { TRIGGERS, type TriggerEntry } from '../data/claims/triggers.js';

export type TriggerPosition = 'after' | 'before' | 'noun';

export interface TriggerMatch {
  readonly entry: TriggerEntry;
  readonly first: number;
  readonly end: number;
}

const byFirstWord = new Map<string, TriggerEntry[]>();
for (const entry of [...TRIGGERS].sort((a, b) => b.words.length - a.words.length)) {
  const first = entry.words[0] ?? '';
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
}

/** The longest trigger for `position` whose words start at token `i`. */
export function triggerAt(tokens: readonly Token[], i: number, to: number, position: TriggerPosition): TriggerMatch | null {
  const entries = byFirstWord.get(tokens[i]?.lower ?? '');
  if (!entries) return null;
  for (const entry of entries) {
    if (!entry.at.includes(position) || i + entry.words.length > to) continue;
    if (entry.words.every((word, k) => tokens[i + k]?.lower === word)) return { entry, first: i, end: i + entry.words.length };
  }
  return null;
}
