import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/index.js';
import type { Count, VagueMagnitude } from '../../src/index.js';

/**
 * The semantics of a Count, as these tables pin them down:
 * - a bare figure is exact: low = high = value;
 * - "at least N" / "no fewer than N" / "N+": low N, no upper bound;
 * - "over N" / "more than N": low N + 1 (the text excludes N itself);
 * - "up to N" / "as many as N": high N; "nearly N" / "almost N": high N and approximate;
 * - "fewer than N" / "less than N": high N - 1;
 * - "some", "about", "an estimated"...: no bounds, approximate;
 * - a range: value = low, with both bounds;
 * - a vague magnitude: value is its least reading, high the most before the next magnitude up
 *   (the table in src/data/counts/vague.ts): "thousands" → 2,000 to 9,999.
 */
const exact = (value: number, text: string): Count => ({ value, low: value, high: value, approximate: false, vague: null, text });
const bounded = (value: number, low: number | null, high: number | null, approximate: boolean, text: string): Count => ({ value, low, high, approximate, vague: null, text });
const vague = (magnitude: VagueMagnitude, low: number, high: number, text: string, approximate = false, least: number | null = low): Count => ({ value: low, low: least, high, approximate, vague: magnitude, text });

const DIGITS: [string, Count][] = [
  ['25', exact(25, '25')],
  ['0', exact(0, '0')],
  ['1000', exact(1000, '1000')],
  ['235,000', exact(235000, '235,000')],
  ['1,300,000', exact(1300000, '1,300,000')],
  ['25 000', exact(25000, '25 000')],
  ['25\u2009000', exact(25000, '25\u2009000')],
  ['25\u202f000', exact(25000, '25\u202f000')],
  ['25\u00a0000', exact(25000, '25\u00a0000')],
  ['10 000 000', exact(10000000, '10 000 000')],
  ['25.000', exact(25000, '25.000')],
  ['1.300', exact(1300, '1.300')],
  ['1.3 million', exact(1300000, '1.3 million')],
  ['1 million', exact(1000000, '1 million')],
  ['1.2m', exact(1200000, '1.2m')],
  ['12m', exact(12000000, '12m')],
  ['3.7mn', exact(3700000, '3.7mn')],
  ['2.5bn', exact(2500000000, '2.5bn')],
  ['10k', exact(10000, '10k')],
  ['1,5 million', exact(1500000, '1,5 million')],
  ['\u0662\u0665\u0660', exact(250, '\u0662\u0665\u0660')],
  ['\u0661\u066c\u0665\u0660\u0660', exact(1500, '\u0661\u066c\u0665\u0660\u0660')],
  ['\u06f1\u06f2\u06f3', exact(123, '\u06f1\u06f2\u06f3')],
];

const WORDS: [string, Count][] = [
  ['three', exact(3, 'three')],
  ['eleven', exact(11, 'eleven')],
  ['nineteen', exact(19, 'nineteen')],
  ['twenty-five', exact(25, 'twenty-five')],
  ['twenty five', exact(25, 'twenty five')],
  ['ninety-nine', exact(99, 'ninety-nine')],
  ['one hundred', exact(100, 'one hundred')],
  ['a hundred', exact(100, 'a hundred')],
  ['one hundred and five', exact(105, 'one hundred and five')],
  ['a thousand', exact(1000, 'a thousand')],
  ['twenty-one thousand', exact(21000, 'twenty-one thousand')],
  ['two hundred and fifty thousand', exact(250000, 'two hundred and fifty thousand')],
  ['a dozen', exact(12, 'a dozen')],
  ['two dozen', exact(24, 'two dozen')],
  ['half a million', exact(500000, 'half a million')],
  ['a million', exact(1000000, 'a million')],
  ['one million', exact(1000000, 'one million')],
  ['two million', exact(2000000, 'two million')],
  ['Seven', exact(7, 'Seven')],
];

const QUALIFIED: [string, Count][] = [
  ['at least 25,000', bounded(25000, 25000, null, false, 'at least 25,000')],
  ['At least 25 000', bounded(25000, 25000, null, false, 'At least 25 000')],
  ['no fewer than 40', bounded(40, 40, null, false, 'no fewer than 40')],
  ['at least three', bounded(3, 3, null, false, 'at least three')],
  ['10,000+', bounded(10000, 10000, null, false, '10,000+')],
  ['over 1,300', bounded(1300, 1301, null, false, 'over 1,300')],
  ['Over a million', bounded(1000000, 1000001, null, false, 'Over a million')],
  ['more than 3 million', bounded(3000000, 3000001, null, false, 'more than 3 million')],
  ['more than two dozen', bounded(24, 25, null, false, 'more than two dozen')],
  ['well over 10,000', bounded(10000, 10001, null, false, 'well over 10,000')],
  ['in excess of 4,000', bounded(4000, 4001, null, false, 'in excess of 4,000')],
  ['just over 200', bounded(200, 201, null, true, 'just over 200')],
  ['up to 500', bounded(500, null, 500, false, 'up to 500')],
  ['up to a million', bounded(1000000, null, 1000000, false, 'up to a million')],
  ['as many as 300', bounded(300, null, 300, false, 'as many as 300')],
  ['nearly 950,000', bounded(950000, null, 950000, true, 'nearly 950,000')],
  ['nearly three million', bounded(3000000, null, 3000000, true, 'nearly three million')],
  ['almost 2,000', bounded(2000, null, 2000, true, 'almost 2,000')],
  ['close to 2m', bounded(2000000, null, 2000000, true, 'close to 2m')],
  ['just under 900', bounded(900, null, 900, true, 'just under 900')],
  ['fewer than 100', bounded(100, null, 99, false, 'fewer than 100')],
  ['fewer than a dozen', bounded(12, null, 11, false, 'fewer than a dozen')],
  ['less than 50', bounded(50, null, 49, false, 'less than 50')],
  ['some 205,000', bounded(205000, null, null, true, 'some 205,000')],
  ['Some 25,000', bounded(25000, null, null, true, 'Some 25,000')],
  ['some 1.5 million', bounded(1500000, null, null, true, 'some 1.5 million')],
  ['about 400', bounded(400, null, null, true, 'about 400')],
  ['about half a million', bounded(500000, null, null, true, 'about half a million')],
  ['around 70', bounded(70, null, null, true, 'around 70')],
  ['roughly 12,000', bounded(12000, null, null, true, 'roughly 12,000')],
  ['approximately 8,000', bounded(8000, null, null, true, 'approximately 8,000')],
  ['an estimated 1.5 million', bounded(1500000, null, null, true, 'an estimated 1.5 million')],
];

const RANGES: [string, Count][] = [
  ['between 3,000 and 5,000', bounded(3000, 3000, 5000, false, 'between 3,000 and 5,000')],
  ['between two and three million', bounded(2000000, 2000000, 3000000, false, 'between two and three million')],
  ['from 200 to 300', bounded(200, 200, 300, false, 'from 200 to 300')],
  ['3,000-5,000', bounded(3000, 3000, 5000, false, '3,000-5,000')],
  ['3,000\u20135,000', bounded(3000, 3000, 5000, false, '3,000\u20135,000')],
  ['3,000 to 5,000', bounded(3000, 3000, 5000, false, '3,000 to 5,000')],
  ['40,000 to 50,000', bounded(40000, 40000, 50000, false, '40,000 to 50,000')],
  ['two to three million', bounded(2000000, 2000000, 3000000, false, 'two to three million')],
  ['3-5 million', bounded(3000000, 3000000, 5000000, false, '3-5 million')],
  ['1.2-1.5m', bounded(1200000, 1200000, 1500000, false, '1.2-1.5m')],
];

const VAGUE: [string, Count][] = [
  ['thousands of', vague('thousands', 2000, 9999, 'thousands')],
  ['Thousands', vague('thousands', 2000, 9999, 'Thousands')],
  ['tens of thousands', vague('tens of thousands', 20000, 99999, 'tens of thousands')],
  ['hundreds of thousands', vague('hundreds of thousands', 200000, 999999, 'hundreds of thousands')],
  ['hundreds of', vague('hundreds', 200, 999, 'hundreds')],
  ['dozens', vague('dozens', 24, 99, 'dozens')],
  ['scores of', vague('scores', 40, 99, 'scores')],
  ['millions', vague('millions', 2000000, 9999999, 'millions')],
  ['several hundred', vague('hundreds', 200, 999, 'several hundred')],
  ['several thousand', vague('thousands', 2000, 9999, 'several thousand')],
  ['several dozen', vague('dozens', 24, 99, 'several dozen')],
  ['a few thousand', vague('thousands', 2000, 9999, 'a few thousand')],
  ['a few hundred', vague('hundreds', 200, 999, 'a few hundred')],
  ['at least dozens', vague('dozens', 24, 99, 'at least dozens')],
];

// the figure at the start of the text; what follows it is allowed and ignored
const WITH_NOUN: [string, Count][] = [
  ['two children', exact(2, 'two')],
  ['five civilian lives', exact(5, 'five')],
  ['1.3 million internally displaced persons', exact(1300000, '1.3 million')],
  ['5 km', exact(5, '5')],
  ['  42 people', exact(42, '42')],
];

describe('parseCount', () => {
  const table = [...DIGITS, ...WORDS, ...QUALIFIED, ...RANGES, ...VAGUE, ...WITH_NOUN];

  it('has a table of at least 70 figure expressions', () => {
    expect(table.length).toBeGreaterThanOrEqual(70);
  });

  describe.each([
    ['digits', DIGITS],
    ['number words', WORDS],
    ['qualified figures', QUALIFIED],
    ['ranges', RANGES],
    ['vague magnitudes', VAGUE],
    ['figures followed by their noun', WITH_NOUN],
  ] as const)('reads %s', (_name, rows) => {
    it.each(rows)('reads %j as its count', (input, expected) => {
      expect(parseCount(input)).toEqual(expected);
    });
  });

  it('gives a bare figure the same low, high and value', () => {
    const count = parseCount('4,817');
    expect(count).not.toBeNull();
    expect([count?.low, count?.high]).toEqual([4817, 4817]);
  });

  it('reads "over N" as excluding N itself', () => {
    expect(parseCount('over 1,300')?.low).toBe(1301);
  });

  it('gives a vague magnitude its least reading as the value', () => {
    for (const [input, count] of VAGUE) expect(parseCount(input)?.value, input).toBe(count.low ?? count.value);
  });

  it('throws a TypeError naming what it found when given no string', () => {
    expect(() => parseCount(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseCount(null as unknown as string)).toThrow(/expected text to be a string, found null/);
  });
});

describe('parseCount negatives', () => {
  const NOT_COUNTS: string[] = [
    // dates and years
    'Dec. 22', '22 December', 'December 12 and 25', '2019', 'in 2011', '2023', '1990s',
    // money
    '$5 million', '$5', '\u20ac200', 'US$5 million',
    // percentages and shares
    '10%', '40 percent', 'two-thirds', 'three-quarters', 'two thirds', 'one in five',
    // times
    '10:30', '10 a.m.', '6pm',
    // ordinals, ages, labels, magnitudes
    '3rd', 'first', 'the 1st', '45-year-old', 'aged 12', '3 years old', 'No. 5', '7.8-magnitude', '1.5',
    // phone numbers
    '+44 20 7946 0000', '0800 555 0199',
    // no number at all
    'hello', 'many', '', '   ',
  ];

  it.each(NOT_COUNTS)('reads %j as no count', (input) => {
    expect(parseCount(input)).toBeNull();
  });
});
