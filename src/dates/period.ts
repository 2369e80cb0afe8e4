import type { Period } from '../types.js';
import { isoDay } from './calendar.js';
import type { Range } from './expression.js';
import type { Mention } from './mentions.js';

/** A date mention read for one claim: the mention and the days it gave. */
export interface Reading {
  readonly mention: Mention;
  readonly range: Range;
}

export function toPeriod({ mention, range }: Reading): Period {
  const start = range.first === null ? null : isoDay(range.first);
  // a reversed range ("since December 28" read on the 23rd) is cut to its first day
  const last = range.first !== null && range.last !== null ? Math.max(range.first, range.last) : range.last;
  const end = last === null ? null : isoDay(last);
  return { start, end, text: mention.text, precision: range.precision, anchored: range.anchored };
}

export function lengthInDays(range: Range): number {
  return range.first === null || range.last === null ? Infinity : range.last - range.first + 1;
}

export function within(inner: Range, outer: Range): boolean {
  if (inner.first === null || inner.last === null || outer.first === null || outer.last === null) return false;
  return inner.first >= outer.first && inner.last <= outer.last;
}

// an attack or a disaster lasts a day or a few
const SHORT_DAYS = 7;

/** A day or a few days: an attack's date, known or (without a reference) yet to be fixed. */
export function isShortDay({ range }: Reading): boolean {
  if (range.precision !== 'day') return false;
  return range.anchored ? lengthInDays(range) <= SHORT_DAYS : range.first === null;
}
