import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Period } from '../types.js';
import { CarriedPeriods, eventSpan, reportSpan } from './carry.js';
import { attackReading } from './attack.js';
import { nearerOf, neighbourReading, ownReading, reportReading, sameFigureIndex, sinceEventReading } from './choose.js';
import { dateContext, type DateContext } from './context.js';
import { isShortDay, toPeriod, type Reading } from './period.js';
import { sectionReading } from './sections.js';

/**
 * The span each candidate's figure covers, or null when the text gives none, in candidate order.
 * Relative dates count from `published`, or from a statement's own date when the text gives one
 * ("reported on Dec. 22"); without `published` they stay unresolved (`anchored: false`).
 *
 * @example
 * assignPeriods(readDocument('Some 5,000 people fled in the past two days.'), candidates, new Date('2019-12-23'))
 * //=> [{ start: '2019-12-21', end: '2019-12-23', text: 'in the past two days', precision: 'day', anchored: true }]
 */
export function assignPeriods(doc: Doc, candidates: readonly Candidate[], published: Date | null): (Period | null)[] {
  if (candidates.length === 0) return [];
  const ctx = dateContext(doc, candidates, published);
  // 1. the claim's own sentence, narrowed by a neighbour about the same event
  const direct = candidates.map((c) => {
    const own = nearerOf(ownReading(ctx, c), sinceEventReading(ctx, c), c);
    return own && (neighbourReading(ctx, c, own) ?? own);
  });
  // 2. what a claim without a span of its own carries from elsewhere, in text order
  const sameFigureReading = sameFigureIndex(candidates, direct);
  const carried = new CarriedPeriods(ctx);
  const told: (Period | null)[] = candidates.map(() => null);
  const fromEvent: (Period | null)[] = candidates.map(() => null);
  for (const i of inTextOrder(candidates)) {
    const c = candidates[i]!;
    told[i] = toldPeriod(ctx, c, direct[i] ?? sameFigureReading(c), carried);
    if (!told[i]) fromEvent[i] = eventSpan(ctx, c);
    carried.remember(c, told[i] ?? fromEvent[i] ?? null);
  }
  // 3. a headline ("Toll rises to 55") takes what its body tells of the same figure before the event's span
  const sameFigureTold = sameFigureIndex(candidates, told);
  return candidates.map((c, i) => told[i] ?? sameFigureTold(c) ?? fromEvent[i] ?? null);
}

/** The period the text gives a claim, near it or carried from the passage; null when it gives none. */
function toldPeriod(ctx: DateContext, c: Candidate, given: Reading | null, carried: CarriedPeriods): Period | null {
  const sinceEvent = given ? null : sinceEventReading(ctx, c);
  const reading = given ?? (sinceEvent && (neighbourReading(ctx, c, sinceEvent) ?? sinceEvent));
  if (reading) return toPeriod(reading);
  const part = carried.partOfToll(c);
  if (part) return part;
  const section = sectionReading(ctx, c.sentence);
  if (section) return toPeriod(section);
  // a death dated by its attack's day runs to the day it was reported
  const report = reportReading(ctx, c);
  const attack = neighbourReading(ctx, c, null) ?? attackReading(ctx, c);
  if (attack) return toPeriod(report && isShortDay(attack) ? untilReport(attack, report) : attack);
  return carried.sameParagraph(c) ?? (report ? reportSpan(ctx, c, report) : null);
}

/** "The flood hit on 2 August. On 9 August, the Red Cross said 320 people had died": 2 to 9 August. */
function untilReport(attack: Reading, report: Reading): Reading {
  const { last } = report.range;
  return attack.range.last !== null && last !== null && last > attack.range.last ? { ...attack, range: { ...attack.range, last } } : attack;
}

function inTextOrder(candidates: readonly Candidate[]): number[] {
  return candidates.map((_, i) => i).sort((a, b) => (candidates[a]?.mention.start ?? 0) - (candidates[b]?.mention.start ?? 0));
}
