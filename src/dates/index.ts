import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Period } from '../types.js';
import { CarriedPeriods, eventSpan, reportSpan } from './carry.js';
import { attackReading, nearerOf, neighbourReading, ownReading, reportReading, sameFigureIndex, sinceEventReading } from './choose.js';
import { dateContext, type DateContext } from './context.js';
import { toPeriod, type Reading } from './period.js';
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
  const reading = given ?? sinceEventReading(ctx, c);
  if (reading) return toPeriod(reading);
  const part = carried.partOfToll(c);
  if (part) return part;
  const near = sectionReading(ctx, c.sentence) ?? neighbourReading(ctx, c, null) ?? attackReading(ctx, c);
  if (near) return toPeriod(near);
  const report = reportReading(ctx, c);
  return carried.sameParagraph(c) ?? (report ? reportSpan(ctx, c, report) : null);
}

function inTextOrder(candidates: readonly Candidate[]): number[] {
  return candidates.map((_, i) => i).sort((a, b) => (candidates[a]?.mention.start ?? 0) - (candidates[b]?.mention.start ?? 0));
}
