import { DISTINCTIVE_FIGURE, figureKey } from '../claims/same-figure.js';
import type { Candidate } from '../claims/types.js';
import { perSentence, readMention, sentenceText, spansOf, speaksOf, type DateContext } from './context.js';
import { eventStart } from './event-start.js';
import type { Range } from './expression.js';
import type { Mention } from './mentions.js';
import { isShortDay, lengthInDays, within, type Reading } from './period.js';
import { isRunningTotal } from './sentence-tests.js';

const BOUNDED: ReadonlySet<string> = new Set(['since', 'until', 'range']);

/**
 * The span the claim's own sentence gives: the date nearest to the figure and its verb, a toll
 * counted from an event's start in it ("the war that erupted in April has driven ..."), or "since
 * then" after a dated sentence. An end ("as of 23 November") and a start ("since early November")
 * in one sentence make one span.
 */
export function ownReading(ctx: DateContext, c: Candidate): Reading | null {
  const readings = ownReadings(ctx, c.sentence);
  let best: Reading | null = null;
  for (const reading of readings) {
    if (!best || distance(reading, c) < distance(best, c)) best = reading;
  }
  return best ? withOtherBound(best, readings) : sinceThenReading(ctx, c);
}

function ownReadings(ctx: DateContext, sentence: number): Reading[] {
  return perSentence(ctx, 'own', sentence, () => {
    const starts = ctx.mentions(sentence).filter((m) => m.role === 'start');
    return [...spansOf(ctx, sentence), ...starts.map((m) => readMention(ctx, { ...m, expression: { kind: 'since', from: m.expression } }))];
  });
}

function withOtherBound(best: Reading, readings: readonly Reading[]): Reading {
  const kind = best.mention.expression.kind;
  const other = kind === 'until' ? 'since' : kind === 'since' ? 'until' : null;
  const bound = other && readings.find((r) => r.mention.expression.kind === other);
  if (!bound) return best;
  const [start, end] = kind === 'since' ? [best, bound] : [bound, best];
  return { mention: best.mention, range: { ...start.range, last: end.range.last, anchored: start.range.anchored && end.range.anchored } };
}

const SINCE_THEN = /\bsince\s+then\b/i;
const SINCE_THEN_LOOKBACK = 2;

/** "The forces renewed their push on Nov. 1. Nearly 600 people have been killed since then." */
function sinceThenReading(ctx: DateContext, c: Candidate): Reading | null {
  const sentence = ctx.doc.sentences[c.sentence];
  const then = sentence ? perSentence(ctx, 'since-then', c.sentence, () => SINCE_THEN.exec(sentenceText(ctx, c.sentence))) : null;
  if (!sentence || !then) return null;
  for (let s = c.sentence - 1; s >= 0 && s >= c.sentence - SINCE_THEN_LOOKBACK; s--) {
    const dated = ctx.mentions(s).filter((m) => m.role !== 'report' && m.expression.kind !== 'since').pop();
    if (!dated) continue;
    const start = sentence.start + then.index;
    const end = start + then[0].length;
    const mention: Mention = { start, end, text: ctx.doc.input.slice(start, end), role: 'span', sentence: c.sentence, expression: { kind: 'since', from: dated.expression } };
    return readMention(ctx, mention);
  }
  return null;
}

function distance({ mention }: Reading, c: Candidate): number {
  return Math.max(0, mention.start - c.mention.end, c.mention.start - mention.end);
}

/**
 * "235,000 civilians fled this month. OCHA said the exodus took place between December 12 and
 * 25.": the next or previous sentence, with no figure of its own, about the same kind of event,
 * gives its span when the claim has none or when it is narrower and inside the claim's own.
 */
export function neighbourReading(ctx: DateContext, c: Candidate, own: Reading | null): Reading | null {
  // "killed 10,000 people since the coalition intervened in March 2015": a stated start or end is not narrowed
  if (own && BOUNDED.has(own.mention.expression.kind) && own.range.first !== null) return null;
  // "WHO has verified 3,958 deaths. ... the dams collapsed on 10 September": a running total is not one day's
  const running = !own && isRunningTotal(ctx, c.sentence);
  const paragraph = ctx.doc.sentences[c.sentence]?.paragraph ?? 0;
  for (const s of [c.sentence + 1, c.sentence - 1]) {
    const sentence = ctx.doc.sentences[s];
    if (!sentence || ctx.claimSentences.has(s) || Math.abs(sentence.paragraph - paragraph) > 1) continue;
    // "Air strikes have hit Idlib since 2011." dates no single death or flight beside it
    const spans = spansOf(ctx, s).filter((r) => r.mention.expression.kind !== 'since');
    // the spans first: most sentences have none, and their words need not be read
    if (spans.length === 0 || !speaksOf(ctx, s, c.kind)) continue;
    // "... in the past two months remains the air strike of 15 January. At least 19 civilians were killed": the attack's day
    const ordered = running ? spans.filter((r) => !isShortDay(r)) : c.kind === 'displaced' ? spans : [...spans.filter(isShortDay), ...spans.filter((r) => !isShortDay(r))];
    const fit = ordered.find((r) => !own || narrows(r.range, own.range));
    if (fit) return fit;
  }
  return null;
}

/** Inside the claim's own span and shorter; inside an open one ("since the fighting erupted") when it ends by its end. */
function narrows(inner: Range, outer: Range): boolean {
  if (outer.first === null) return inner.first !== null && inner.last !== null && outer.last !== null && inner.last <= outer.last;
  return within(inner, outer) && lengthInDays(inner) < lengthInDays(outer);
}

/**
 * The same figure of the same kind stated elsewhere with a span ("25,000 ... in the past two
 * days"), the nearest first. Indexed once per document: a text may state thousands of figures.
 */
export function sameFigureIndex<T>(candidates: readonly Candidate[], given: readonly (T | null)[]): (c: Candidate) => T | null {
  const byFigure = new Map<string, { sentence: number; reading: T }[]>();
  candidates.forEach((c, i) => {
    const reading = given[i];
    if (!reading) return;
    const key = statementKey(c);
    const list = byFigure.get(key) ?? [];
    list.push({ sentence: c.sentence, reading });
    byFigure.set(key, list);
  });
  for (const list of byFigure.values()) list.sort((a, b) => a.sentence - b.sentence);
  return (c) => nearest(byFigure.get(statementKey(c)) ?? [], c.sentence);
}

// "two in Aldier" and "two children" elsewhere are rarely one fact; "25,000" twice usually is
function statementKey(c: Candidate): string {
  return c.count.value >= DISTINCTIVE_FIGURE ? figureKey(c) : `${figureKey(c)}|${c.group.noun}`;
}

/** The reading stated nearest to `sentence`, in a list in sentence order. */
function nearest<T>(list: readonly { sentence: number; reading: T }[], sentence: number): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.sentence ?? 0) < sentence) lo = mid + 1;
    else hi = mid;
  }
  const after = list[lo];
  const before = list[lo - 1];
  if (!before) return after?.reading ?? null;
  if (!after) return before.reading;
  return after.sentence - sentence < sentence - before.sentence ? after.reading : before.reading;
}

// "since the earthquake struck", "since the start of the war", "since Russia launched its invasion"
const SINCE_EVENT = /\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset|eruption)\s+of\b|(?:[\w'-]+\s+){1,6}?(?:began|begun|started|erupted|struck|hit|broke\s+out|launched|flared))/i;

/**
 * A toll counted "since the earthquake struck" runs from the day the article gives that event
 * ("The 7.8 quake hit on Feb. 6") to the reference; the start stays open when no day is given.
 */
export function sinceEventReading(ctx: DateContext, c: Candidate): Reading | null {
  const sentence = ctx.doc.sentences[c.sentence];
  const since = sentence ? perSentence(ctx, 'since-event', c.sentence, () => SINCE_EVENT.exec(sentenceText(ctx, c.sentence))) : null;
  if (!sentence || !since) return null;
  const start = sentence.start + since.index;
  const end = start + since[0].length;
  const from = eventStart(ctx);
  const mention = { start, end, text: ctx.doc.input.slice(start, end), role: 'span' as const, sentence: c.sentence, expression: { kind: 'since' as const, from } };
  return readMention(ctx, mention);
}

/** The day the claim's own sentence says it was reported ("reported on Dec. 22"). */
export function reportReading(ctx: DateContext, c: Candidate): Reading | null {
  const report = ctx.mentions(c.sentence).find((m) => m.role === 'report');
  return report ? readMention(ctx, report) : null;
}

/** "killed since Russia launched its invasion, ..., as the first convoy left on Monday": the nearer words count. */
export function nearerOf(own: Reading | null, sinceEvent: Reading | null, c: Candidate): Reading | null {
  if (!own || !sinceEvent) return own ?? null;
  return distance(sinceEvent, c) < distance(own, c) ? sinceEvent : own;
}
