import { createRequire } from 'node:module';
import type { ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendarChrono, NAMED_PARSERS, NAMED_REFINERS } from '../../src/dates/chrono-parsers.js';

const en = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const calendar = calendarChrono(en);
const REFERENCE = new Date(2020, 0, 3, 12);

/** The calendar days a parse states (what chrono.ts keeps): where each starts, and its days. */
function days(results: ParsedResult[]): { at: number; from: string; to: string | null }[] {
  const day = (d: Date): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
  return results
    .filter((r) => r.start.isCertain('month') && ![...r.tags()].some((tag) => tag.startsWith('result/relative')))
    .map((r) => ({ at: r.index + r.text.search(/\d|[A-Z][a-z]{2}/), from: day(r.start.date()), to: r.end ? day(r.end.date()) : null }));
}

// sentences with calendar dates beside times of day, relative dates and weekdays
const SENTENCES = [
  'Some 5,000 people fled between December 12 and 25.',
  'Officials said on Thurs. 2 January that 40 people had died.',
  'On 24 February at 4 a.m. the attack began.',
  'Updated Friday 3 August 2018, 10:15 (local time)',
  'Two weeks later, on Tuesday 21 May, five more people died.',
  'Since September 2018, more than 1,300 civilians have been killed.',
  'The count, as of 12/22/2019, is 235,000.',
  'Between 1 and 29 December 2019, 284,000 people were displaced.',
];

describe("chrono's parser for calendar dates", () => {
  it('still finds every parser it leaves out or gates in chrono-node/en (a renamed parser would run again)', () => {
    const names = en.configuration.createCasualConfiguration().parsers.map((p) => p.constructor.name);
    for (const name of NAMED_PARSERS) expect(names).toContain(name);
  });

  it('still finds every refiner it leaves out in chrono-node/en', () => {
    const names = en.configuration.createCasualConfiguration().refiners.map((r) => r.constructor.name);
    for (const name of NAMED_REFINERS) expect(names).toContain(name);
  });

  it.each(SENTENCES)("reads the calendar days of '%s' as chrono's casual parser does", (sentence) => {
    const expected = days(en.casual.parse(sentence, REFERENCE));
    expect(expected.length).toBeGreaterThan(0);
    expect(days(calendar.parse(sentence, REFERENCE))).toEqual(expected);
  });

  it('reads no time of day and no relative date', () => {
    expect(calendar.parse('They left at 4 a.m. today, two weeks later than planned.', REFERENCE)).toEqual([]);
  });

  it("reads 'the night of 10 to 11 September' as the two days, not the night", () => {
    const [night] = calendar.parse('Two dams collapsed on the night of 10 to 11 September.', REFERENCE);
    expect(night?.text).toBe('10 to 11 September');
    expect([night?.start.get('day'), night?.end?.get('day'), night?.start.get('month')]).toEqual([10, 11, 9]);
  });

  it("joins a weekday to its date: 'On Tuesday 21 May' is one result", () => {
    expect(calendar.parse('On Tuesday 21 May, five people died.', REFERENCE).map((r) => r.text)).toEqual(['On Tuesday 21 May']);
  });
});
