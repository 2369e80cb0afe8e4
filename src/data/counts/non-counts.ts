/** Words around a number that make it something other than a head count. */

/** Before a number: "aged 12", "at age 5". */
export const AGE_BEFORE: ReadonlySet<string> = new Set(['aged', 'age', 'ages', 'ageing']);

/** After a number and a hyphen: "45-year-old", "a 3-day truce", "two-week". */
export const HYPHEN_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'storey', 'story',
  'magnitude', 'point', 'metre', 'meter', 'kilometre', 'kilometer', 'km', 'mile', 'tonne', 'ton', 'member', 'strong',
]);

/** "two-thirds", "three quarters", "one fifth": a share, not a count. */
export const FRACTIONS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'sixth',
  'sixths', 'seventh', 'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths',
]);

/** After a number: "10 a.m.", "6pm", "14:00 GMT". */
export const TIME_AFTER: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', "o'clock", 'hrs', 'local']);

/** Before a number that is a label, not a count: "No. 5", "Resolution 2334", "route 6". */
export const LABEL_BEFORE: ReadonlySet<string> = new Set([
  'no.', 'nos.', 'resolution', 'route', 'highway', 'gate', 'phase', 'grade', 'article', 'chapter', 'page', 'section',
  'flight', 'ward', 'room', 'platform', 'kilometre', 'kilometer', 'km',
]);

/** Links of a ratio: "one in five", "three out of four". */
export const RATIO_LINKS: ReadonlySet<string> = new Set(['in', 'out']);
