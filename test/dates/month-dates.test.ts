import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { monthNamePatterns } from '../../src/dates/chrono-parsers.js';
import { chronoReading as chronoHits, loadMonthNames, readsAsChrono, type ChronoHit, type DateParts } from '../../src/dates/chrono.js';
import { monthNameDates } from '../../src/dates/month-dates.js';
import { readDocument } from '../../src/document/index.js';
import { repoPath } from '../corpus/project-corpus.js';

const en = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const found = monthNamePatterns(en);
if (!found) throw new Error('chrono-node/en lacks a parser month-dates.ts follows: see MONTH_PARSERS in src/dates/chrono-parsers.ts');
const patterns = found;

const REFERENCES = [new Date(2019, 11, 23, 12), new Date(2022, 0, 31, 12), new Date(2020, 1, 29, 12), new Date(2000, 5, 15, 12), new Date(2023, 11, 31, 12)];

/** What calendar-dates.ts reads of each date: where, which text, and each part with its certainty. */
function view(hits: readonly ChronoHit[]): string {
  const parts = (p: DateParts | null): unknown => p && (['day', 'month', 'year'] as const).map((c) => [p.isCertain(c), p.get(c)]);
  return JSON.stringify(hits.map((h) => ({ index: h.index, text: h.text, start: parts(h.start), end: parts(h.end) })));
}

/** chrono's own reading, as chrono.ts keeps it (a certain month, a capital or a digit in the text, a count after a comma cut off). */
function chronoReading(sentence: string, reference: Date): string {
  return view(chronoHits(sentence, reference));
}

function plainReading(sentence: string, reference: Date): ChronoHit[] | null {
  return monthNameDates(sentence, reference, patterns);
}

// a small seeded generator, so that a failure can be replayed
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const MONTHS = ['January', 'february', 'MARCH', 'Apr', 'Apr.', 'May', 'may', 'June', 'Jun', 'Jul.', 'August', 'Aug', 'Sept', 'Sept.', 'Sep', 'September', 'Oct.', 'November', 'Nov', 'Dec.', 'DEC.', 'December'];
const BEFORE = ['', 'on ', 'On ', 'in ', 'In ', 'since ', 'between ', 'from ', 'the end of ', 'the last day of ', 'the second ', 'first of ', 'of ', 'last ', '2019 ', '2019, ', '5 to ', '1-', 'Omar ', 'Mid-'];
const DAYS = ['', '', '12 ', '1st ', '31 ', '29 ', '30 ', '7th of ', '45 ', 'twenty-first ', '03 ', '22nd', '9 '];
const AFTER = ['', ' 12', ' 12th', ', 2022', ' 2022', ' 1999', ' 22,', ' 18 ', ' 18  (', ' 12:30', ' 12 am', ' 12-15', ' 12 to 15', ' 300 BC', ' 46', ', 46 people', ' of 2020', ' -', ',', '.', ' and', ' and 25', ' 2022s', '-2022', '/2022', ' first', ' 31', ' 29, 2021', 'iupol', 'or', ' twenty-second', '/12', ',  7', ' Third', '12', ' 123'];
const TAILS = [' the toll rose.', '.', '', ' 300 people fled.', ', officials said.', ' to 5 March.', ' and January 3.', ' 2019 was worse.', ' Monday', ', Tuesday.', ' 1.3 million fled.', ' (12/22) said.', ' from 2019-2020.', ' 2019-12-22.', ' 1.3.2020.', ' aged 10-15.', ' 12 monitoring.', ' among 40 renewed.', ' this week.'];
const LEADS = ['', 'Some 5,000 people fled ', 'At least 40 people died ', 'The UN said on Tuesday that ', 'By ', 'Figures from ', 'On Monday, ', 'Sunday ', 'Sunni families fled, ', 'Updated Friday ', '4.2 million fled ', '2019 ', 'Wednesday, ', 'FRIDAY ', 'last Monday, ', '(Sat) ', 'Tuesday to ', 'Over the weekend '];

function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return `${pick(LEADS)}${pick(BEFORE)}${pick(DAYS)}${pick(MONTHS)}${pick(AFTER)}${pick(TAILS)}`;
}

describe("month names read without chrono's machinery", () => {
  it('agree with chrono on every generated sentence they read', () => {
    const next = random(20191223);
    let read = 0;
    for (let i = 0; i < 3000; i++) {
      const text = sentence(next);
      const reference = REFERENCES[i % REFERENCES.length] as Date;
      const plain = plainReading(text, reference);
      if (plain === null) continue;
      read++;
      expect({ text, reference, hits: view(plain) }).toEqual({ text, reference, hits: chronoReading(text, reference) });
    }
    // the sentences are built to try the edges (most hold something left to chrono); enough are read to try them
    expect(read).toBeGreaterThan(300);
  });

  it("agree with chrono on every sentence of the project's corpus that names a month, and read most of them", () => {
    let read = 0;
    let named = 0;
    const folder = repoPath('corpus');
    const texts = readdirSync(folder).filter((name) => name.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(20);
    for (const name of texts) {
      const doc = readDocument(readFileSync(`${folder}/${name}`, 'utf8'));
      for (const s of doc.sentences) {
        const text = doc.text.slice(s.start, s.end);
        if (!/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text)) continue;
        named++;
        for (const reference of REFERENCES.slice(0, 2)) {
          const plain = plainReading(text, reference);
          if (plain === null) continue;
          read++;
          expect({ text, hits: view(plain) }).toEqual({ text, hits: chronoReading(text, reference) });
        }
      }
    }
    expect(named).toBeGreaterThan(50);
    expect(read).toBeGreaterThan(named);
  });

  it('read the shapes news gives most: day and month, month and day, month and year, ranges, weekdays', () => {
    const reference = new Date(2019, 11, 23, 12);
    const read = (text: string): unknown => plainReading(text, reference)?.map((h) => [h.text, h.start.get('day'), h.start.get('month'), h.start.get('year'), h.start.isCertain('day')]);
    expect(read('Some 5,000 people fled on 12 February, the UN said.')).toEqual([['on 12 February', 12, 2, 2020, true]]);
    expect(read('The toll reached 40 by Dec. 22, OCHA said.')).toEqual([['Dec. 22', 22, 12, 2019, true]]);
    expect(read('Since September 2018, 1,300 civilians have died.')).toEqual([['September 2018', 1, 9, 2018, false]]);
    // a day without a year takes chrono's nearest to the reference (calendar-dates.ts moves a future one back)
    expect(read('It began on 3 January.')).toEqual([['on 3 January', 3, 1, 2020, true]]);
    expect(read('Between 1 and 29 December, 284,000 fled.')).toEqual([['29 December', 29, 12, 2019, true]]);
    // a weekday just before the day is joined to it; a count after a comma is no year (chrono.ts reads the date again without it)
    expect(read('On Tuesday 21 May, five died.')).toEqual([['On Tuesday 21 May', 21, 5, 2020, true]]);
    expect(read('On 30 August, 46 people were killed.')).toEqual([['On 30 August', 30, 8, 2019, true]]);
    const range = plainReading('They fled from 12 to 15 February 2020.', reference)?.map((h) => [h.text, h.start.get('day'), h.end?.get('day'), h.end?.get('year')]);
    expect(range).toEqual([['12 to 15 February 2020', 12, 15, 2020]]);
  });

  it('leave to chrono what they do not read: ordinal words, BC years, numeric dates, "end of"', () => {
    const reference = new Date(2019, 11, 23, 12);
    for (const text of ['In May 300 BC, a city fell.', 'As of 12/22/2019, 235,000 had fled.', 'On the first of May, 12 died.', 'By the end of April, 300 had fled.']) {
      expect(plainReading(text, reference), text).toBeNull();
    }
  });

  it('are used with the installed chrono-node, and would not be with one whose patterns read otherwise', () => {
    expect(loadMonthNames()).not.toBeNull();
    const reference = new Date(2019, 11, 23, 12);
    const text = 'Some 5,000 people fled in June, the UN said.';
    expect(readsAsChrono(text, reference, patterns)).toBe(true);
    // a chrono whose month parser no longer took the comma after a month ("June," is chrono's text)
    const otherwise = { ...patterns, monthOnly: /(\W|^)((?:in)\s*)?(june)/i };
    expect(readsAsChrono(text, reference, otherwise)).toBe(false);
  });

  it("are not used with a chrono-node that lacks one of the parsers they follow", () => {
    const configuration = en.configuration.createCasualConfiguration();
    const withoutWeekdays = { ...configuration, parsers: configuration.parsers.filter((p) => p.constructor.name !== 'ENWeekdayParser') };
    const lacking = { ...en, configuration: { ...en.configuration, createCasualConfiguration: () => withoutWeekdays } } as typeof en;
    expect(monthNamePatterns(lacking)).toBeNull();
    expect(monthNamePatterns(en)).not.toBeNull();
  });
});
