import { describe, expect, it } from 'vitest';
import { periodsOf, spanOf } from './helpers.js';

// [sentence holding the figure "5,000", publication date, expected start, expected end]
// Weekdays of the references: 2019-12-23 Mon, 2019-12-27 Fri, 2020-01-01 Wed, 2020-01-03 Fri,
// 2020-03-01 Sun (2020 is a leap year), 2021-01-04 Mon.
const SPANS: [string, string, string, string][] = [
  // ranges
  ['Some 5,000 people fled between December 12 and 25.', '2019-12-27', '2019-12-12', '2019-12-25'],
  ['Some 5,000 people fled between December 12 and 25.', '2020-01-03', '2019-12-12', '2019-12-25'],
  ['Some 5,000 people fled between 12 and 25 December.', '2020-01-03', '2019-12-12', '2019-12-25'],
  ['Some 5,000 people fled from 1 to 29 December.', '2020-01-03', '2019-12-01', '2019-12-29'],
  ['Some 5,000 people fled from December 1 to January 3.', '2020-01-05', '2019-12-01', '2020-01-03'],
  ['Some 5,000 people fled between December 28 and January 3.', '2020-01-05', '2019-12-28', '2020-01-03'],
  ['Some 5,000 people fled on December 12-25, OCHA said.', '2020-01-03', '2019-12-12', '2019-12-25'],
  // points
  ['Some 5,000 people fled on Dec. 22.', '2019-12-23', '2019-12-22', '2019-12-22'],
  ['Some 5,000 people fled on Dec. 22.', '2020-01-03', '2019-12-22', '2019-12-22'],
  ['Some 5,000 people fled on December 12.', '2020-01-03', '2019-12-12', '2019-12-12'],
  ['Some 5,000 people fled on 13 December 2019.', '2021-01-04', '2019-12-13', '2019-12-13'],
  ['Some 5,000 people fled on 2019-12-22.', '2020-01-03', '2019-12-22', '2019-12-22'],
  ['Some 5,000 people fled on Thursday.', '2019-12-23', '2019-12-19', '2019-12-19'],
  ['Some 5,000 people fled on Thursday.', '2020-01-03', '2020-01-02', '2020-01-02'],
  ['Some 5,000 people fled on Friday.', '2020-01-01', '2019-12-27', '2019-12-27'],
  ['On Monday, some 5,000 people fled.', '2021-01-04', '2021-01-04', '2021-01-04'],
  ['Some 5,000 people fled on Sunday.', '2020-03-01', '2020-03-01', '2020-03-01'],
  ['Some 5,000 people fled yesterday.', '2020-01-01', '2019-12-31', '2019-12-31'],
  ['Some 5,000 people fled yesterday.', '2020-03-01', '2020-02-29', '2020-02-29'],
  ['Some 5,000 people fled today.', '2020-01-01', '2020-01-01', '2020-01-01'],
  ['Some 5,000 people fled overnight.', '2020-01-01', '2019-12-31', '2020-01-01'],
  ['Some 5,000 people fled two days ago.', '2020-01-01', '2019-12-30', '2019-12-30'],
  // calendar units
  ['Some 5,000 people fled last week.', '2020-01-01', '2019-12-23', '2019-12-29'],
  ['Some 5,000 people fled last week.', '2021-01-04', '2020-12-28', '2021-01-03'],
  ['Some 5,000 people fled this week.', '2020-01-01', '2019-12-30', '2020-01-01'],
  ['Some 5,000 people fled this month.', '2020-01-03', '2020-01-01', '2020-01-03'],
  ['Some 5,000 people fled this month.', '2019-12-27', '2019-12-01', '2019-12-27'],
  ['Some 5,000 people fled earlier this month.', '2020-01-03', '2020-01-01', '2020-01-03'],
  ['Some 5,000 people fled last month.', '2020-01-03', '2019-12-01', '2019-12-31'],
  ['Some 5,000 people fled this year.', '2020-01-03', '2020-01-01', '2020-01-03'],
  ['Some 5,000 people fled last year.', '2020-01-03', '2019-01-01', '2019-12-31'],
  ['Some 5,000 people fled late last year.', '2020-01-03', '2019-09-01', '2019-12-31'],
  ['Some 5,000 people fled in January.', '2019-12-23', '2019-01-01', '2019-01-31'],
  ['Some 5,000 people fled in January.', '2020-01-03', '2020-01-01', '2020-01-03'],
  ['Some 5,000 people fled in December.', '2020-01-03', '2019-12-01', '2019-12-31'],
  ['Some 5,000 people fled in December 2019.', '2019-12-23', '2019-12-01', '2019-12-23'],
  ['Some 5,000 people fled in mid-December.', '2020-01-03', '2019-12-11', '2019-12-20'],
  ['Some 5,000 people fled in 2019.', '2020-01-03', '2019-01-01', '2019-12-31'],
  ['Some 5,000 people fled in 2019.', '2019-12-23', '2019-01-01', '2019-12-23'],
  ['Some 5,000 people fled in late 2019.', '2020-01-03', '2019-09-01', '2019-12-31'],
  ['Some 5,000 people fled in early 2020.', '2020-03-01', '2020-01-01', '2020-03-01'],
  // open spans ending at the reference
  ['Some 5,000 people have fled since early November.', '2019-12-23', '2019-11-01', '2019-12-23'],
  ['Some 5,000 people have fled since early November.', '2020-01-03', '2019-11-01', '2020-01-03'],
  ['Some 5,000 people have fled since mid-November.', '2019-12-23', '2019-11-11', '2019-12-23'],
  ['Some 5,000 people have fled since late November.', '2019-12-23', '2019-11-21', '2019-12-23'],
  ['Some 5,000 people have fled since November.', '2019-12-23', '2019-11-01', '2019-12-23'],
  ['Some 5,000 people have fled since December.', '2020-01-03', '2019-12-01', '2020-01-03'],
  ['Some 5,000 people have fled since January.', '2020-01-03', '2020-01-01', '2020-01-03'],
  ['Some 5,000 people have fled since September 2018.', '2019-12-23', '2018-09-01', '2019-12-23'],
  ['Some 5,000 people have fled since the start of the year.', '2020-01-03', '2020-01-01', '2020-01-03'],
  ['Some 5,000 people have fled since the beginning of the year.', '2019-12-23', '2019-01-01', '2019-12-23'],
  ['Some 5,000 people have fled since the start of 2019.', '2020-01-03', '2019-01-01', '2020-01-03'],
  ['Some 5,000 people have fled since mid-2018.', '2020-01-03', '2018-05-01', '2020-01-03'],
  ['So far this year, some 5,000 people have fled.', '2020-03-01', '2020-01-01', '2020-03-01'],
  ['Since the war began in 2011, some 5,000 people have fled.', '2019-12-23', '2011-01-01', '2019-12-23'],
  // durations back from the reference
  ['Some 5,000 people fled in the past two days.', '2020-01-01', '2019-12-30', '2020-01-01'],
  ['Some 5,000 people fled over the past 72 hours.', '2020-01-01', '2019-12-29', '2020-01-01'],
  ['Some 5,000 people fled in the last 24 hours.', '2020-03-01', '2020-02-29', '2020-03-01'],
  ['Some 5,000 people fled within 48 hours.', '2020-01-01', '2019-12-30', '2020-01-01'],
  ['Some 5,000 people fled in less than two weeks.', '2020-01-03', '2019-12-20', '2020-01-03'],
  ['Some 5,000 people fled over the past week.', '2020-01-03', '2019-12-27', '2020-01-03'],
  ['Some 5,000 people fled in the past month.', '2020-01-03', '2019-12-03', '2020-01-03'],
  ['Some 5,000 people fled in the past three months.', '2020-01-03', '2019-10-03', '2020-01-03'],
  ['Some 5,000 people fled in the past few days.', '2020-01-01', '2019-12-29', '2020-01-01'],
];

describe('reading span expressions around year boundaries', () => {
  it.each(SPANS)('reads %j published %s as %s .. %s', (sentence, published, start, end) => {
    expect(spanOf(sentence, published, '5,000')).toEqual([start, end]);
  });

  it('covers at least fifty expressions', () => {
    expect(SPANS.length).toBeGreaterThanOrEqual(50);
  });
});

describe('a range whose first bound has an hour before it', () => {
  it.each([
    ['From 4 a.m. on 24 February, when the attack began, to midnight on 24 March, 5,000 people fled.', 'From 4 a.m. on 24 February, when the attack began, to midnight on 24 March'],
    ['Some 5,000 people fled from 06:00 on 1 May, when the shelling began, until 9 May.', 'from 06:00 on 1 May, when the shelling began, until 9 May'],
  ])('reads %j as one range, worded %j', (sentence, words) => {
    const [period] = periodsOf(sentence, '2022-05-10', ['5,000']);
    expect(period?.text).toBe(words);
  });
});
