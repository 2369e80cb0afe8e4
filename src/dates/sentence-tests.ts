import { ATTACK_WORDS, DEATH_WORDS, DISPLACEMENT_WORDS, FIGURE_WORDS } from '../data/dates/words.js';
import type { ClaimKind } from '../types.js';
import type { DateContext } from './context.js';
import { lowerWordsOf, wordTest } from './words.js';

/** A sentence-level test done once, however many claims a sentence holds; no test gives undefined. */
export function perSentence<T>(ctx: DateContext, test: string, sentence: number, compute: () => T): T {
  let done = ctx.cache.get(test);
  if (!done) ctx.cache.set(test, (done = new Array<unknown>(ctx.doc.sentences.length)));
  const known = done[sentence];
  if (known !== undefined) return known as T;
  const value = compute();
  done[sentence] = value;
  return value;
}

export function sentenceText(ctx: DateContext, sentence: number): string {
  const s = ctx.doc.sentences[sentence];
  return s ? ctx.doc.text.slice(s.start, s.end) : '';
}

/** The sentence's lower-cased words, cut once for every word test. */
export function sentenceWords(ctx: DateContext, sentence: number): readonly string[] {
  return perSentence(ctx, 'words', sentence, () => lowerWordsOf(sentenceText(ctx, sentence)));
}

export const speaksOfAttack = wordTest(ATTACK_WORDS);
const speaksOfAttackOrDeaths = wordTest([...ATTACK_WORDS, ...DEATH_WORDS]);
const SAME_EVENT: Record<ClaimKind, (text: string | readonly string[]) => boolean> = {
  displaced: wordTest([...DISPLACEMENT_WORDS, ...FIGURE_WORDS]),
  killed: wordTest([...ATTACK_WORDS, ...DEATH_WORDS, ...FIGURE_WORDS]),
  injured: wordTest([...ATTACK_WORDS, ...DEATH_WORDS, ...FIGURE_WORDS]),
  missing: wordTest([...ATTACK_WORDS, ...DEATH_WORDS, ...FIGURE_WORDS]),
};

/** Whether a sentence speaks of the kind of event a claim counts ("the exodus", "the strikes"), or of its figure ("the estimate"). */
export function speaksOf(ctx: DateContext, sentence: number, kind: ClaimKind): boolean {
  return perSentence(ctx, kind, sentence, () => SAME_EVENT[kind](sentenceWords(ctx, sentence)));
}

/** Whether a sentence goes on about an attack or its dead: a death in it takes the attack's day. */
export function speaksOfAttackOrDead(ctx: DateContext, sentence: number): boolean {
  return perSentence(ctx, 'attack-or-dead', sentence, () => speaksOfAttackOrDeaths(sentenceWords(ctx, sentence)));
}

// "hundreds of civilians have been killed", "the toll so far": a total still running, not one attack's
const RUNNING_NOW = /\b(?:ha(?:ve|s)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|died|verified|recorded|confirmed|risen|climbed|reached)|so\s+far|in\s+total|to\s+date|cumulative)\b/i;

export function isRunningTotal(ctx: DateContext, sentence: number): boolean {
  return perSentence(ctx, 'running', sentence, () => RUNNING_NOW.test(sentenceText(ctx, sentence)));
}
