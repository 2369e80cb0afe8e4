import { addMonths, monthSpan, weekStart, weekdayOnOrBefore, ymd, yearSpan, type Day } from './calendar.js';
import { unanchored, unitPrecision, type Expression, type Part, type Range, type Unit } from './expression.js';

/**
 * The days an expression covers, seen from `reference` (null: no reference was given). `event` is
 * the day the event the article tells of began ("the invasion began on 24 February"), or null.
 */
export function resolve(expression: Expression, reference: Day | null, event: Day | null = null): Range {
  const range = resolveUnclipped(expression, reference, event);
  return clips(expression) ? clipAt(range, reference) : range;
}

function resolveUnclipped(e: Expression, reference: Day | null, event: Day | null): Range {
  switch (e.kind) {
    case 'calendar':
      return e.range;
    case 'part':
      return partOf(resolveUnclipped(e.of, reference, event), e.part);
    case 'since':
      return since(resolveUnclipped(e.from, reference, event), reference);
    case 'until':
      return until(resolveUnclipped(e.to, reference, event), event);
    case 'range':
      return joined(e, resolveUnclipped(e.from, reference, event), resolveUnclipped(e.to, reference, event));
    case 'after':
      return after(e, e.from ? resolveUnclipped(e.from, reference, event).first : event);
    case 'eventDay':
      return event === null ? unanchored('day') : anchored(event, event, 'day');
    case 'toEvent':
      return reference === null ? unanchored('day') : toEvent(e, reference, event);
    default:
      return reference === null ? unanchored(relativePrecision(e)) : relative(e, reference);
  }
}

type Relative = Exclude<Expression, { kind: 'calendar' | 'part' | 'since' | 'until' | 'range' | 'after' | 'eventDay' | 'toEvent' }>;

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
    case 'weekday': {
      const day = e.lastWeek ? weekStart(ref) - 7 + ((e.weekday + 6) % 7) : weekdayOnOrBefore(ref, e.weekday);
      return anchored(day, day, 'day');
    }
  }
}

/** "as of 1 April": up to that day, from the event's start when it comes before. */
function until(to: Range, event: Day | null): Range {
  const first = event !== null && to.last !== null && event <= to.last ? event : null;
  return { ...to, first };
}

/** "between the end of April and early December 2019": a first bound past the second lost its year or week. */
function joined(e: Extract<Expression, { kind: 'range' }>, from: Range, to: Range): Range {
  let first = from.first;
  if (first !== null && to.last !== null && first > to.last) first = e.from.kind === 'weekday' ? first - 7 : addMonths(first, -12);
  return { first, last: to.last, precision: to.precision === 'day' || from.precision === 'day' ? 'day' : to.precision, anchored: from.anchored && to.anchored };
}

/** "in the first six days after the attacks": forward from a day; the day itself counts. */
function after(e: Extract<Expression, { kind: 'after' }>, from: Day | null): Range {
  if (from === null) return unanchored('day');
  const end = e.unit === 'day' ? from + e.amount : e.unit === 'week' ? from + 7 * e.amount : addMonths(from, e.unit === 'month' ? e.amount : 12 * e.amount);
  return anchored(from, Math.max(from, end - 1), 'day');
}

function toEvent(e: Extract<Expression, { kind: 'toEvent' }>, ref: Day, event: Day | null): Range {
  const start = back(ref, e.unit, e.amount);
  const snaps = event !== null && event <= ref && (e.snap === 'always' || event >= start);
  return anchored(snaps ? event : start, ref, 'day');
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
