import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import type { Period } from '../types.js';
import { attackReading, neighbourReading, ownReading, reportReading, sameFigureIndex, sinceEventReading } from './choose.js';
import { dateContext } from './context.js';
import { toPeriod, toReportPeriod, type Reading } from './period.js';

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
    const own = ownReading(ctx, c);
    return own && (neighbourReading(ctx, c, own) ?? own);
  });
  // 2. what a claim without a span of its own carries from elsewhere
  const sameFigureReading = sameFigureIndex(candidates, direct);
  return candidates.map((c, i) => {
    const carried: Reading | null =
      direct[i] ?? sameFigureReading(c) ?? sinceEventReading(ctx, c) ?? neighbourReading(ctx, c, null) ?? attackReading(ctx, c);
    if (carried) return toPeriod(carried);
    const report = reportReading(ctx, c);
    return report ? toReportPeriod(report) : null;
  });
}
