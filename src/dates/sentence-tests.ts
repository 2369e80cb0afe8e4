import { ATTACK_WORDS, ATTRIBUTION_CUES, DEATH_WORDS, DISPLACEMENT_WORDS, EVENT_NOUNS, FIGURE_WORDS } from '../data/dates/words.js';
import type { Doc } from '../document/index.js';
import type { ClaimKind } from '../types.js';
import type { DateContext } from './context.js';
import { lowerWordsOf, wordClasses } from './words.js';

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
  return textOf(ctx.doc, sentence);
}

function textOf(doc: Doc, sentence: number): string {
  const s = doc.sentences[sentence];
  return s ? doc.text.slice(s.start, s.end) : '';
}

/** The kinds of words the sentence tests look for, as flags of one number a sentence. */
export const WordClass = { ATTACK: 1 << 0, DEATH: 1 << 1, FIGURE: 1 << 2, DISPLACEMENT: 1 << 3, WAR: 1 << 4, SPEECH: 1 << 5 } as const;
const { ATTACK, DEATH, FIGURE, DISPLACEMENT, WAR } = WordClass;
const classesOfWords = wordClasses([ATTACK_WORDS, DEATH_WORDS, FIGURE_WORDS, DISPLACEMENT_WORDS, [...EVENT_NOUNS, 'invasion', 'fighting'], ATTRIBUTION_CUES]);

/** The word classes of each sentence, its words cut once on first request for every test, and kept for the call. */
export function wordClassReader(doc: Doc): (sentence: number) => number {
  const known = new Array<number | undefined>(doc.sentences.length);
  return (sentence) => (known[sentence] ??= classesOfWords(lowerWordsOf(textOf(doc, sentence))));
}

const SAME_EVENT: Record<ClaimKind, number> = { displaced: DISPLACEMENT | FIGURE, killed: ATTACK | DEATH | FIGURE, injured: ATTACK | DEATH | FIGURE, missing: ATTACK | DEATH | FIGURE };

/** Whether a sentence speaks of the kind of event a claim counts ("the exodus", "the strikes"), or of its figure ("the estimate"). */
export function speaksOf(ctx: DateContext, sentence: number, kind: ClaimKind): boolean {
  return (ctx.wordClasses(sentence) & SAME_EVENT[kind]) !== 0;
}

export function speaksOfAttack(ctx: DateContext, sentence: number): boolean {
  return (ctx.wordClasses(sentence) & ATTACK) !== 0;
}

/** Whether a sentence goes on about an attack or its dead: a death in it takes the attack's day. */
export function speaksOfAttackOrDead(ctx: DateContext, sentence: number): boolean {
  return (ctx.wordClasses(sentence) & (ATTACK | DEATH)) !== 0;
}

/** Whether a sentence speaks of an attack or a war ("the invasion", "the fighting"). */
export function speaksOfAttackOrWar(ctx: DateContext, sentence: number): boolean {
  return (ctx.wordClasses(sentence) & (ATTACK | WAR)) !== 0;
}

// "hundreds of civilians have been killed", "the toll so far": a total still running, not one attack's
const RUNNING_NOW = /\b(?:ha(?:ve|s)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|died|verified|recorded|confirmed|risen|climbed|reached)|so\s+far|in\s+total|to\s+date|cumulative)\b/i;

export function isRunningTotal(ctx: DateContext, sentence: number): boolean {
  return perSentence(ctx, 'running', sentence, () => RUNNING_NOW.test(sentenceText(ctx, sentence)));
}
