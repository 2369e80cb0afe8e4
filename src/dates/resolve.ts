import { addMonths, monthSpan, weekStart, weekdayOnOrBefore, ymd, yearSpan, type Day } from './calendar.js';
import { unanchored, unitPrecision, type Expression, type Part, type Range, type Unit } from './expression.js';

/** The days an expression covers, seen from `reference` (null: no reference was given). */
export function resolve(expression: Expression, reference: Day | null): Range {
  const range = resolveUnclipped(expression, reference);
  return clips(expression) ? clipAt(range, reference) : range;
}

function resolveUnclipped(e: Expression, reference: Day | null): Range {
  switch (e.kind) {
    case 'calendar':
      return e.range;
    case 'part':
      return partOf(resolveUnclipped(e.of, reference), e.part);
    case 'since':
      return since(resolveUnclipped(e.from, reference), reference);
    default:
      return reference === null ? unanchored(relativePrecision(e)) : relative(e, reference);
  }
}

type Relative = Exclude<Expression, { kind: 'calendar' | 'part' | 'since' }>;

function relative(e: Relative, ref: Day): Range {
  switch (e.kind) {
    case 'back':
      return anchored(back(ref, e.unit, e.amount), ref, unitPrecision(e.unit));
    case 'this':
      return anchoredSpan(unitHolding(ref, e.unit), unitPrecision(e.unit));
    case 'last':
      return anchoredSpan(unitHolding(unitHolding(ref, e.unit)[0] - 1, e.unit), unitPrecision(e.unit));
    case 'ago':
      return ago(ref, e.unit, e.amount);
    case 'offset':
      return anchored(ref + e.first, ref + e.last, 'day');
    case 'weekday':
      return anchored(weekdayOnOrBefore(ref, e.weekday), weekdayOnOrBefore(ref, e.weekday), 'day');
  }
}

function relativePrecision(e: Relative): Range['precision'] {
  return 'unit' in e ? unitPrecision(e.unit) : 'day';
}

function back(ref: Day, unit: Unit, amount: number): Day {
  if (unit === 'day') return ref - amount;
  if (unit === 'week') return ref - 7 * amount;
  return addMonths(ref, unit === 'month' ? -amount : -12 * amount);
}

function ago(ref: Day, unit: Unit, amount: number): Range {
  const day = back(ref, unit, amount);
  return unit === 'day' || unit === 'week' ? anchored(day, day, 'day') : anchoredSpan(unitHolding(day, unit), unitPrecision(unit));
}

/** The week (Monday to Sunday), month or year that holds `day`. */
function unitHolding(day: Day, unit: Unit): [Day, Day] {
  const { year, month } = ymd(day);
  if (unit === 'year') return yearSpan(year);
  if (unit === 'month') return monthSpan(year, month);
  if (unit === 'week') return [weekStart(day), weekStart(day) + 6];
  return [day, day];
}

function since(from: Range, reference: Day | null): Range {
  const last = reference === null ? null : Math.max(reference, from.first ?? reference);
  return { first: from.first, last, precision: from.precision, anchored: from.anchored && reference !== null };
}

/** Thirds: of a year by months (Jan-Apr, May-Aug, Sep-Dec), of a month by tens of days, else by days. */
function partOf(range: Range, part: Part): Range {
  const { first, last } = range;
  if (first === null || last === null) return range;
  if (part === 'start') return { ...range, first, last: first, precision: 'day' };
  if (range.precision === 'year') return { ...range, ...yearThird(first, part) };
  const third = range.precision === 'month' ? 10 : Math.ceil((last - first + 1) / 3);
  if (part === 'early') return { ...range, last: Math.min(last, first + third - 1) };
  if (part === 'mid') return { ...range, first: first + third, last: Math.min(last, first + 2 * third - 1) };
  return { ...range, first: Math.min(last, first + 2 * third) };
}

function yearThird(first: Day, part: Exclude<Part, 'start'>): { first: Day; last: Day } {
  const { year } = ymd(first);
  const months = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { first: monthSpan(year, months[0] ?? 1)[0], last: monthSpan(year, months[1] ?? 12)[1] };
}

/** "this month", "in December" read in December: the span ends at the reference, not in the future. */
function clips(e: Expression): boolean {
  if (e.kind === 'calendar') return e.clip;
  if (e.kind === 'this') return true;
  return e.kind === 'part' && clips(e.of);
}

function clipAt(range: Range, reference: Day | null): Range {
  const { first, last } = range;
  if (reference === null || first === null || last === null) return range;
  return first <= reference && reference < last ? { ...range, last: reference } : range;
}

function anchored(first: Day, last: Day, precision: Range['precision']): Range {
  return { first, last, precision, anchored: true };
}

function anchoredSpan([first, last]: [Day, Day], precision: Range['precision']): Range {
  return anchored(first, last, precision);
}
