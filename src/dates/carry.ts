import type { Candidate } from '../claims/types.js';
import type { ClaimKind, Period } from '../types.js';
import { isoDay } from './calendar.js';
import { perSentence, sentenceText, type DateContext } from './context.js';
import { eventStartWords } from './event-start.js';
import type { Reading } from './period.js';

// "370 of the dead", "730 of those killed", "around 3,000 of them": the part right after its figure
const PART_AFTER_FIGURE = /^\s+(?:[a-z]+\s+)?of\s+(?:the\s+|those\s+)?(?:dead|killed|injured|wounded|victims|displaced|them|those)\b/i;
// "seven civilians were among the dead", "Of the injured, 896 ...", "The dead were ..."
const PART_IN_SENTENCE = /(?:\bamong\s+(?:the\s+)?(?:dead|victims|killed|injured|wounded|displaced)\b|\bthe\s+(?:dead|others)\s+were\b|^\W*of\s+the\s+(?:dead|killed|injured|wounded|victims|displaced)\b)/i;
const PART_MAX_PARAGRAPHS_BACK = 2;

type Family = 'displaced' | 'casualties';

function familyOf(kind: ClaimKind): Family {
  return kind === 'displaced' ? 'displaced' : 'casualties';
}

/** The periods given so far, by kind of claim, as the claims are read in text order. */
export class CarriedPeriods {
  private readonly last = new Map<Family, { paragraph: number; period: Period }>();

  constructor(private readonly ctx: DateContext) {}

  remember(c: Candidate, period: Period | null): void {
    if (period) this.last.set(familyOf(c.kind), { paragraph: this.paragraphOf(c), period });
  }

  /** A part of a toll told before ("370 of the dead were insurgents") covers the toll's span. */
  partOfToll(c: Candidate): Period | null {
    const previous = this.last.get(familyOf(c.kind));
    if (!previous || this.paragraphOf(c) - previous.paragraph > PART_MAX_PARAGRAPHS_BACK) return null;
    return isPartOfToll(this.ctx, c) ? previous.period : null;
  }

  /** A figure later in a paragraph that dates nothing goes on with the passage's span ("It also counted 3,000 ..."). */
  sameParagraph(c: Candidate): Period | null {
    const previous = this.last.get(familyOf(c.kind));
    return previous && previous.paragraph === this.paragraphOf(c) ? previous.period : null;
  }

  private paragraphOf(c: Candidate): number {
    return this.ctx.doc.sentences[c.sentence]?.paragraph ?? 0;
  }
}

function isPartOfToll(ctx: DateContext, c: Candidate): boolean {
  const after = ctx.doc.text.slice(c.countSpan.end, c.countSpan.end + 40);
  return PART_AFTER_FIGURE.test(after) || perSentence(ctx, 'part-of-toll', c.sentence, () => PART_IN_SENTENCE.test(sentenceText(ctx, c.sentence)));
}

/** "said on Sunday that 21,000 people had died": from the start of the event to the day it was said. */
export function reportSpan(ctx: DateContext, c: Candidate, report: Reading): Period {
  const end = report.range.last;
  const start = eventStartWords(ctx, c.sentence, c.kind === 'displaced' ? 'flight-told' : 'any');
  const first = start !== null && end !== null && start.day <= end ? start.day : null;
  return { start: first === null ? null : isoDay(first), end: end === null ? null : isoDay(end), text: report.mention.text, precision: report.range.precision, anchored: report.range.anchored };
}

// "have been killed", "the death toll", "so far", "now stands at": a running total
const RUNNING_TOTAL = /\b(?:ha(?:ve|s|d)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|died|fled|displaced|injured|wounded|crossed|left|lost|uprooted|forced|driven|recorded|verified|confirmed)|toll|in\s+total|in\s+all|so\s+far|to\s+date|cumulative|now\s+stands?|(?:risen|rose|climbed|reached)\s+to)\b/i;
// "Turkey, which already hosts 3.7 million refugees": a standing total, not a toll of the event
const STANDING_TOTAL = /\b(?:already\s+(?:hosts?|shelters?|houses?|living|lives)|is\s+home\s+to|are\s+home\s+to)\b/i;
// a figure this large that the text does not date is a running total rather than one incident's
const RUNNING_TOTAL_SIZE = 100;

/**
 * A toll the text dates in no way ("the disaster agency puts the death toll at more than 41,000")
 * counts from the start of the event the article tells of to the day of the report. A standing
 * total ("already hosts 3.7 million") has no span, nor has a small figure told as one incident
 * ("Three people were killed in Talmenes").
 */
export function eventSpan(ctx: DateContext, c: Candidate): Period | null {
  const reference = ctx.references[c.sentence] ?? null;
  const start = eventStartWords(ctx, c.sentence, c.kind === 'displaced' ? 'flight' : 'any');
  if (c.measure === 'stock' || reference === null || start === null) return null;
  if (perSentence(ctx, 'standing', c.sentence, () => STANDING_TOTAL.test(sentenceText(ctx, c.sentence)))) return null;
  const running = perSentence(ctx, 'running-total', c.sentence, () => RUNNING_TOTAL.test(sentenceText(ctx, c.sentence)));
  if (c.count.value < RUNNING_TOTAL_SIZE && !running) return null;
  return { start: isoDay(start.day), end: isoDay(reference), text: start.text, precision: 'day', anchored: true };
}
