import type { Candidate } from '../claims/types.js';
import { ATTACK_WORDS, DEATH_WORDS, DISPLACEMENT_WORDS } from '../data/dates/words.js';
import type { Doc } from '../document/index.js';
import type { ClaimKind } from '../types.js';
import { dayOfDate, type Day } from './calendar.js';
import { mentionReader, type Mention } from './mentions.js';
import type { Reading } from './period.js';
import { sentenceReferences } from './reference.js';
import { resolve } from './resolve.js';
import { wordTest } from './words.js';

/** What the choosing steps share for one document: mentions, references, claim sentences. */
export interface DateContext {
  readonly doc: Doc;
  readonly mentions: (sentence: number) => readonly Mention[];
  readonly references: readonly (Day | null)[];
  readonly claimSentences: ReadonlySet<number>;
  /** Sentence-level tests done once, however many claims a sentence holds. */
  readonly cache: Map<string, unknown>;
}

export function dateContext(doc: Doc, candidates: readonly Candidate[], published: Date | null): DateContext {
  const day = published ? dayOfDate(published) : null;
  const mentions = mentionReader(doc, day);
  const references = sentenceReferences(doc, mentions, day);
  return { doc, mentions, references, claimSentences: new Set(candidates.map((c) => c.sentence)), cache: new Map() };
}

export function perSentence<T>(ctx: DateContext, test: string, sentence: number, compute: () => T): T {
  const key = `${test}:${sentence}`;
  if (ctx.cache.has(key)) return ctx.cache.get(key) as T;
  const value = compute();
  ctx.cache.set(key, value);
  return value;
}

/** A mention read from the reference of its own sentence. */
export function readMention(ctx: DateContext, mention: Mention): Reading {
  return { mention, range: resolve(mention.expression, ctx.references[mention.sentence] ?? null) };
}

export function spansOf(ctx: DateContext, sentence: number): Reading[] {
  return perSentence(ctx, 'spans', sentence, () => ctx.mentions(sentence).filter((m) => m.role === 'span').map((m) => readMention(ctx, m)));
}

export function sentenceText(ctx: DateContext, sentence: number): string {
  const s = ctx.doc.sentences[sentence];
  return s ? ctx.doc.text.slice(s.start, s.end) : '';
}

export const speaksOfAttack = wordTest(ATTACK_WORDS);
const speaksOfDeaths = wordTest([...ATTACK_WORDS, ...DEATH_WORDS]);
const SAME_EVENT: Record<ClaimKind, (text: string) => boolean> = {
  displaced: wordTest(DISPLACEMENT_WORDS),
  killed: speaksOfDeaths,
  injured: speaksOfDeaths,
  missing: speaksOfDeaths,
};

/** Whether a sentence speaks of the kind of event a claim counts ("the exodus", "the strikes"). */
export function speaksOf(ctx: DateContext, sentence: number, kind: ClaimKind): boolean {
  return perSentence(ctx, kind, sentence, () => SAME_EVENT[kind](sentenceText(ctx, sentence)));
}
