import type { DatePrecision } from '../types.js';
import type { Day } from './calendar.js';

export type Unit = 'day' | 'week' | 'month' | 'year';
/** "early November", "mid-2019", "late last year", "the start of the year". */
export type Part = 'early' | 'mid' | 'late' | 'start' | 'end';

/** Inclusive days; a bound is null when it needs a reference the caller did not give. */
export interface Range {
  readonly first: Day | null;
  readonly last: Day | null;
  readonly precision: DatePrecision;
  /** False when part of the range is missing for want of a reference. */
  readonly anchored: boolean;
}

/**
 * What a date expression says, before a reference is chosen. Relative kinds are resolved against
 * the reference of their sentence (see reference.ts), which is not always the publication date.
 */
export type Expression =
  /** Stated on the calendar; a year left out was inferred from publication when read. */
  | { readonly kind: 'calendar'; readonly range: Range; readonly clip: boolean }
  /** "in the past two days", "over the past 72 hours", "in less than two weeks" */
  | { readonly kind: 'back'; readonly unit: Unit; readonly amount: number }
  /** "this month", "so far this year": from the unit's start to the reference */
  | { readonly kind: 'this'; readonly unit: Unit }
  /** "last week": the whole unit before the reference's */
  | { readonly kind: 'last'; readonly unit: Unit }
  /** "three days ago" */
  | { readonly kind: 'ago'; readonly unit: Unit; readonly amount: number }
  /** "yesterday" (-1, -1), "today" (0, 0), "overnight" (-1, 0) */
  | { readonly kind: 'offset'; readonly first: number; readonly last: number }
  /** "on Thursday": the latest Thursday on or before the reference; "last week on Tuesday": in the week before */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly lastWeek?: boolean }
  /**
   * "in less than six weeks" (`snap: 'within'`), "one month of war" (`snap: 'always'`): back from
   * the reference, or from the start of the event the article tells when that start is known and
   * (for `within`) falls inside the duration.
   */
  | { readonly kind: 'toEvent'; readonly unit: Unit; readonly amount: number; readonly snap: 'within' | 'always' }
  /** "in the first six days after the attacks", "over three days from 30 August"; `from` null: the event's start */
  | { readonly kind: 'after'; readonly unit: Unit; readonly amount: number; readonly from: Expression | null }
  /** "as of 1 April", "to midnight on 24 March", "by Thursday": the end; the start is the event's, else open */
  | { readonly kind: 'until'; readonly to: Expression }
  /** "between the end of April and early December 2019", "between Sunday and Thursday" */
  | { readonly kind: 'range'; readonly from: Expression; readonly to: Expression }
  /** "the start of the attack", "the day of the attacks": the day the article's event began */
  | { readonly kind: 'eventDay' }
  | { readonly kind: 'part'; readonly part: Part; readonly of: Expression }
  /** "since early November": from the start of what follows to the reference */
  | { readonly kind: 'since'; readonly from: Expression };

export function unanchored(precision: DatePrecision): Range {
  return { first: null, last: null, precision, anchored: false };
}

export function unitPrecision(unit: Unit): DatePrecision {
  return unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
}
