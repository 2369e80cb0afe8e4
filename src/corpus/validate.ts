import type { ClaimKind, VagueMagnitude } from '../types.js';
import type { AnnotatedClaim, Annotation, DateBound, PeriodReading } from './types.js';

const KINDS: readonly ClaimKind[] = ['displaced', 'killed', 'injured', 'missing'];
const MAGNITUDES: readonly VagueMagnitude[] = [
  'several', 'dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of thousands', 'millions',
];
const ARTICLE_FIELDS = ['published', 'source', 'claims'];
const CLAIM_FIELDS = ['kind', 'count', 'group', 'period', 'places', 'placesOptional', 'speaker', 'optional', 'note'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown with every problem found in one annotation, each as "field: expected X, found Y". */
export class AnnotationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'AnnotationError';
  }
}

/** Checks a parsed NAME.json against the corpus format and returns it in one shape. */
export function readAnnotation(json: unknown): Annotation {
  const problems: string[] = [];
  const fail = (field: string, expected: string, found: unknown): void => {
    problems.push(`${field}: expected ${expected}, found ${describe(found)}`);
  };
  if (!isObject(json)) throw new AnnotationError([`(top level): expected an object, found ${describe(json)}`]);
  unknownFields(json, ARTICLE_FIELDS, '', problems);
  if (!isDate(json.published)) fail('published', 'a date YYYY-MM-DD', json.published);
  if (json.source !== undefined && typeof json.source !== 'string') fail('source', 'a string', json.source);
  if (!Array.isArray(json.claims)) fail('claims', 'an array', json.claims);
  const claims = Array.isArray(json.claims) ? json.claims.map((claim, i) => readClaim(claim, `claims[${i}]`, fail, problems)) : [];
  if (problems.length > 0) throw new AnnotationError(problems);
  const source = json.source as string | undefined;
  return { published: json.published as string, ...(source === undefined ? {} : { source }), claims };
}

type Fail = (field: string, expected: string, found: unknown) => void;

function readClaim(claim: unknown, at: string, fail: Fail, problems: string[]): AnnotatedClaim {
  if (!isObject(claim)) {
    fail(at, 'an object', claim);
    return { kind: 'killed', count: 0, optional: false };
  }
  unknownFields(claim, CLAIM_FIELDS, `${at}.`, problems);
  if (!KINDS.includes(claim.kind as ClaimKind)) fail(`${at}.kind`, `one of ${KINDS.join(', ')}`, claim.kind);
  if (!isCount(claim.count)) fail(`${at}.count`, `a number or one of ${MAGNITUDES.join(', ')}`, claim.count);
  if (claim.group !== undefined && typeof claim.group !== 'string') fail(`${at}.group`, 'a string', claim.group);
  if (claim.note !== undefined && typeof claim.note !== 'string') fail(`${at}.note`, 'a string', claim.note);
  if (claim.optional !== undefined && typeof claim.optional !== 'boolean') fail(`${at}.optional`, 'true or false', claim.optional);
  checkStrings(claim.places, `${at}.places`, fail);
  checkStrings(claim.placesOptional, `${at}.placesOptional`, fail);
  checkSpeaker(claim.speaker, `${at}.speaker`, fail);
  const period = readPeriod(claim.period, `${at}.period`, fail);
  return {
    ...(claim as unknown as AnnotatedClaim),
    ...(period === undefined ? {} : { period }),
    optional: claim.optional === true,
  };
}

function readPeriod(period: unknown, at: string, fail: Fail): readonly PeriodReading[] | null | undefined {
  if (period === undefined || period === null) return period;
  const readings = Array.isArray(period) ? period : [period];
  if (readings.length === 0) fail(at, 'a period, an array of periods or null', period);
  readings.forEach((reading, i) => checkReading(reading, Array.isArray(period) ? `${at}[${i}]` : at, fail));
  return readings as PeriodReading[];
}

function checkReading(reading: unknown, at: string, fail: Fail): void {
  if (!isObject(reading)) return fail(at, '{ "start": ..., "end": ... }', reading);
  for (const key of Object.keys(reading)) if (key !== 'start' && key !== 'end') fail(`${at}.${key}`, 'only start and end', reading[key]);
  for (const key of ['start', 'end'] as const) {
    if (!isBound(reading[key])) fail(`${at}.${key}`, 'a date YYYY-MM-DD, an [earliest, latest] pair or null', reading[key]);
  }
}

function checkStrings(value: unknown, at: string, fail: Fail): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail(at, 'an array of strings', value);
}

function checkSpeaker(value: unknown, at: string, fail: Fail): void {
  if (value === undefined) return;
  const ok = Array.isArray(value) && value.length > 0 && value.every((item) => item === null || typeof item === 'string');
  if (!ok) fail(at, 'a non-empty array of names (null for the article\'s own voice)', value);
}

function unknownFields(object: Record<string, unknown>, known: readonly string[], prefix: string, problems: string[]): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) problems.push(`${prefix}${key}: unknown field (expected one of ${known.join(', ')})`);
  }
}

function isBound(value: unknown): value is DateBound | null {
  if (value === null || isDate(value)) return true;
  return Array.isArray(value) && value.length === 2 && isDate(value[0]) && isDate(value[1]) && value[0] <= value[1];
}

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isCount(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  return MAGNITUDES.includes(value as VagueMagnitude);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
