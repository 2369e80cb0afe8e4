import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import { dayOfDate, type Day } from './calendar.js';
import { eventStartFor } from './event-start.js';
import { mentionReader, type Mention } from './mentions.js';
import type { Reading } from './period.js';
import { sentenceReferences } from './reference.js';
import { resolve } from './resolve.js';
import { perSentence, wordClassReader } from './sentence-tests.js';

export { perSentence, sentenceText, speaksOf, speaksOfAttack, speaksOfAttackOrDead } from './sentence-tests.js';

/** What the choosing steps share for one document: mentions, references, claim sentences. */
export interface DateContext {
  readonly doc: Doc;
  readonly mentions: (sentence: number) => readonly Mention[];
  readonly references: readonly (Day | null)[];
  /** The dated heading (a live blog's "THURSDAY 2 AUGUST") each sentence stands under, or null. */
  readonly headings: readonly (Mention | null)[];
  readonly claimSentences: ReadonlySet<number>;
  /** The `WordClass` flags of each sentence's words. */
  readonly wordClasses: (sentence: number) => number;
  /** Sentence-level tests done once, however many claims a sentence holds: by test, then by sentence (undefined: not yet done). */
  readonly cache: Map<string, unknown[]>;
}

export function dateContext(doc: Doc, candidates: readonly Candidate[], published: Date | null): DateContext {
  const day = published ? dayOfDate(published) : null;
  const mentions = mentionReader(doc, day);
  const wordClasses = wordClassReader(doc);
  const { references, headings } = sentenceReferences(doc, mentions, wordClasses, day);
  return { doc, mentions, references, headings, claimSentences: new Set(candidates.map((c) => c.sentence)), wordClasses, cache: new Map() };
}

/** A mention read from the reference of its own sentence and the start of the event it stands by. */
export function readMention(ctx: DateContext, mention: Mention): Reading {
  const range = resolve(mention.expression, ctx.references[mention.sentence] ?? null, eventStartFor(ctx, mention.sentence));
  return { mention, range };
}

export function spansOf(ctx: DateContext, sentence: number): Reading[] {
  return perSentence(ctx, 'spans', sentence, () => ctx.mentions(sentence).filter((m) => m.role === 'span').map((m) => readMention(ctx, m)));
}

