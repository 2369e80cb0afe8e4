import { describe, expect, it } from 'vitest';
import { readOptions } from '../../src/options.js';
import { extractClaims, parseCount } from '../../src/index.js';
import type { ExtractOptions } from '../../src/index.js';

const call = (text: unknown, options?: unknown) => () => extractClaims(text as string, options as ExtractOptions);
const SAMPLE = 'At least 25,000 civilians have fled Idlib, OCHA said. Three people were killed in Talmenes and two in Alteh.';

describe('extractClaims on bad input', () => {
  it.each([
    [42, 'number 42'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ text: 'x' }, 'an object'],
    [['x'], 'an array'],
  ])('throws a TypeError for text %j that says a string was expected', (text, found) => {
    expect(call(text)).toThrow(TypeError);
    expect(call(text)).toThrow(`extractClaims: expected text to be a string, found ${found}`);
  });

  it.each(['yesterday', '23/12/2019', '2019-13-01', '2019-12-40', 'not a date', ''])('throws a RangeError for the unparseable published date %j', (published) => {
    expect(call('Five people were killed.', { published })).toThrow(RangeError);
    expect(call('Five people were killed.', { published })).toThrow(/option "published"/);
  });

  it('throws a RangeError for an invalid Date object', () => {
    expect(call('Five people were killed.', { published: new Date('nope') })).toThrow(RangeError);
  });

  it('throws a RangeError for a bad published date even when the text is empty', () => {
    expect(call('', { published: 'soon' })).toThrow(RangeError);
  });

  it('throws a TypeError that names an unknown option', () => {
    expect(call('Five people were killed.', { pubished: '2019-12-23' })).toThrow(TypeError);
    expect(call('Five people were killed.', { pubished: '2019-12-23' })).toThrow(/unknown option "pubished"/);
  });

  it.each([
    [{ published: 20191223 }, /option "published" to be an ISO date string or a Date, found number 20191223/],
    [{ published: ['2019-12-23'] }, /option "published" .* found an array/],
    [{ source: 5 }, /option "source" to be a string, found number 5/],
    [{ source: { name: 'Reuters' } }, /option "source" to be a string, found an object/],
    ['2019-12-23', /expected options to be an object, found string "2019-12-23"/],
    [[], /expected options to be an object, found an array/],
  ])('throws a TypeError for the wrongly typed options %j', (options, message) => {
    expect(call('Five people were killed.', options)).toThrow(TypeError);
    expect(call('Five people were killed.', options)).toThrow(message);
  });

  it('accepts a Date, an ISO date and an ISO date-time as published', () => {
    for (const published of [new Date('2019-12-23T00:00:00Z'), '2019-12-23', '2019-12-23T10:00:00Z']) {
      expect(extractClaims('Five people were killed.', { published }).map((c) => c.count.value)).toEqual([5]);
    }
  });

  it('accepts no options, undefined options and an empty options object', () => {
    expect(extractClaims(SAMPLE).length).toBeGreaterThan(0);
    expect(extractClaims(SAMPLE, undefined)).toEqual(extractClaims(SAMPLE));
    expect(extractClaims(SAMPLE, {})).toEqual(extractClaims(SAMPLE));
  });
});

describe('extractClaims on empty and odd text', () => {
  it.each(['', ' ', '\n\n\t', '\u00a0'])('returns [] for the blank text %j', (text) => {
    expect(extractClaims(text)).toEqual([]);
  });

  it('returns [] for text without figures', () => {
    expect(extractClaims('The fighting continued overnight, residents said.')).toEqual([]);
  });

  it('keeps spans as offsets into the input when the text has markup and odd spaces', () => {
    const text = '<p>At least&nbsp;25\u202f000 civilians have fled, OCHA said.</p>';
    const [claim] = extractClaims(text);
    expect(claim?.count.value).toBe(25000);
    for (const m of claim?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('extractClaims determinism', () => {
  it('gives deep-equal output for the same input twice', () => {
    const options = { published: '2019-12-23', source: 'Anadolu Agency' };
    expect(extractClaims(SAMPLE, options)).toEqual(extractClaims(SAMPLE, options));
  });

  it('does not let one call change the next', () => {
    const first = extractClaims(SAMPLE, { published: '2019-12-23' });
    extractClaims('Some 1,000 people fled the floods. The death toll rose to 40.', { published: '2021-01-01' });
    expect(extractClaims(SAMPLE, { published: '2019-12-23' })).toEqual(first);
  });
});

describe('extractClaims options and prototype pollution', () => {
  it('rejects a "__proto__" key as an unknown option and leaves Object.prototype alone', () => {
    const options = JSON.parse('{"__proto__": {"polluted": "yes"}, "published": "2019-12-23"}');
    expect(call(SAMPLE, options)).toThrow(/unknown option "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a "constructor" key as an unknown option and leaves Object.prototype alone', () => {
    const options = JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}');
    expect(call(SAMPLE, options)).toThrow(/unknown option "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts options built without a prototype', () => {
    const options = Object.assign(Object.create(null) as object, { published: '2019-12-23' });
    expect(extractClaims(SAMPLE, options).length).toBeGreaterThan(0);
  });
});

describe('parseCount on bad input', () => {
  it('throws a TypeError that says a string was expected', () => {
    expect(() => parseCount(undefined as unknown as string)).toThrow('parseCount: expected text to be a string, found undefined');
  });

  it('returns null for empty text', () => {
    expect(parseCount('')).toBeNull();
  });
});

describe('a published date that does not exist', () => {
  it('should throw a RangeError for February 30 instead of rolling over to March', () => {
    expect(() => extractClaims('Five people were killed.', { published: '2019-02-30' })).toThrow(RangeError);
  });

  it('reads a day as midnight UTC: a leap day is a day, February 29 of 2019 is not, and a year before 100 stays itself', () => {
    expect(readOptions('', { published: '2020-02-29' }).published?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
    expect(() => readOptions('', { published: '2019-02-29' })).toThrow(RangeError);
    expect(() => readOptions('', { published: '2019-04-31' })).toThrow(RangeError);
    expect(readOptions('', { published: '0099-05-01' }).published?.toISOString()).toBe('0099-05-01T00:00:00.000Z');
    expect(readOptions('', { published: ' 2019-12-23 ' }).published?.toISOString()).toBe('2019-12-23T00:00:00.000Z');
  });

  it('should accept a date-time with an offset whose UTC day differs', () => {
    expect(() => extractClaims('Five people were killed.', { published: '2019-12-23T23:00:00-05:00' })).not.toThrow();
  });
});
