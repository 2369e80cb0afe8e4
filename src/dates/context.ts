import type { Candidate } from '../claims/types.js';
import { ATTACK_WORDS, DEATH_WORDS, DISPLACEMENT_WORDS } from '../data/dates/words.js';
import type { Doc } from '../document/index.js';
import type { ClaimKind } from '../types.js';
import { dayOfDate, type Day } from './calendar.js';
import { mentionReader, type Mention } from './mentions.js';
import type { Reading } from './period.js';
import { sentenceReferences } from './reference.js';
import { resolve } from './resolve.js';

/** What the choosing steps share for one document: mentions, references, claim sentences. */
export interface DateContext {
  readonly doc: Doc;
  readonly mentions: (sentence: number) => readonly Mention[];
  readonly references: readonly (Day | null)[];
  readonly claimSentences: ReadonlySet<number>;
}

export function dateContext(doc: Doc, candidates: readonly Candidate[], published: Date | null): DateContext {
  const day = published ? dayOfDate(published) : null;
  const mentions = mentionReader(doc, day);
  const references = sentenceReferences(doc, mentions, day);
  return { doc, mentions, references, claimSentences: new Set(candidates.map((c) => c.sentence)) };
}

/** A mention read from the reference of its own sentence. */
export function readMention(ctx: DateContext, mention: Mention): Reading {
  return { mention, range: resolve(mention.expression, ctx.references[mention.sentence] ?? null) };
}

export function spansOf(ctx: DateContext, sentence: number): Reading[] {
  return ctx.mentions(sentence).filter((m) => m.role === 'span').map((m) => readMention(ctx, m));
}

export function sentenceText(ctx: DateContext, sentence: number): string {
  const s = ctx.doc.sentences[sentence];
  return s ? ctx.doc.text.slice(s.start, s.end) : '';
}

const wordPattern = (words: readonly string[]) => new RegExp(`\\b(?:${words.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
export const ATTACK = wordPattern(ATTACK_WORDS);
const SAME_EVENT: Record<ClaimKind, RegExp> = {
  displaced: wordPattern(DISPLACEMENT_WORDS),
  killed: wordPattern([...ATTACK_WORDS, ...DEATH_WORDS]),
  injured: wordPattern([...ATTACK_WORDS, ...DEATH_WORDS]),
  missing: wordPattern([...ATTACK_WORDS, ...DEATH_WORDS]),
};

/** Whether a sentence speaks of the kind of event a claim counts ("the exodus", "the strikes"). */
export function speaksOf(ctx: DateContext, sentence: number, kind: ClaimKind): boolean {
  return SAME_EVENT[kind].test(sentenceText(ctx, sentence));
}
