import { describe } from './counts/parse-count.js';
import { Gazetteer } from './places/index.js';
import { readOrganizations } from './speakers/index.js';
import type { ExtractOptions, KnownOrganization } from './types.js';

export interface Settings {
  readonly published: Date | null;
  readonly source: string | undefined;
  readonly organizations: readonly KnownOrganization[] | undefined;
  readonly gazetteer: Gazetteer | undefined;
}

const KNOWN = new Set(['published', 'source', 'organizations', 'gazetteer']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks the arguments of extractClaims and reads its options; throws what a caller must fix. */
export function readOptions(text: unknown, options: ExtractOptions | undefined): Settings {
  if (typeof text !== 'string') throw new TypeError(`extractClaims: expected text to be a string, found ${describe(text)}`);
  if (options === undefined || options === null) return { published: null, source: undefined, organizations: undefined, gazetteer: undefined };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`extractClaims: expected options to be an object, found ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`extractClaims: unknown option "${key}" (expected one of: ${[...KNOWN].join(', ')})`);
  }
  return {
    published: readPublished(options.published),
    source: readSource(options.source),
    organizations: readOrganizations(options.organizations),
    gazetteer: readGazetteer(options.gazetteer),
  };
}

function readPublished(value: unknown): Date | null {
  if (value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('extractClaims: option "published" is an invalid Date');
    return value;
  }
  if (typeof value !== 'string') throw new TypeError(`extractClaims: expected option "published" to be an ISO date string or a Date, found ${describe(value)}`);
  const trimmed = value.trim();
  // the usual form, a day, read by its numbers: parsing a date string costs more than the call's other checks
  const day = DAY.exec(trimmed);
  const date = day ? utcDay(Number(day[1]), Number(day[2]), Number(day[3])) : ISO_DATE.test(trimmed) ? new Date(trimmed) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new RangeError(`extractClaims: expected option "published" to be a date like "2019-12-23", found "${value.slice(0, 40)}"`);
  }
  return date;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a day, or null for a day the calendar does not have ("2019-02-30"). */
function utcDay(year: number, month: number, date: number): Date | null {
  const day = new Date(Date.UTC(year, month - 1, date));
  // Date.UTC reads the years 0 to 99 as 1900 to 1999
  if (year < 100) day.setUTCFullYear(year);
  // Date rolls "2019-02-30" over to 2 March: the day read back must be the day written
  return day.getUTCFullYear() === year && day.getUTCMonth() === month - 1 && day.getUTCDate() === date ? day : null;
}

function readSource(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new TypeError(`extractClaims: expected option "source" to be a string, found ${describe(value)}`);
  return value;
}

function readGazetteer(value: unknown): Gazetteer | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof Gazetteer)) throw new TypeError(`extractClaims: expected option "gazetteer" to be a Gazetteer (new Gazetteer({ places })), found ${describe(value)}`);
  return value;
}
