import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/dates/calendar.js';

const MS_PER_DAY = 86_400_000;

describe('writing a day', () => {
  it('writes every day from 1600 to 2400 as toISOString does, leap days included', () => {
    const wrong: number[] = [];
    for (let day = -135_140; day <= 157_000; day++) {
      if (isoDay(day) !== new Date(day * MS_PER_DAY).toISOString().slice(0, 10)) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it("writes '2024-02-29', year 500 as '0500-12-31', years past 9999 as toISOString does, and throws on no day", () => {
    expect(isoDay(19_782)).toBe('2024-02-29');
    expect(isoDay(Math.floor(Date.UTC(500, 11, 31) / MS_PER_DAY))).toBe('0500-12-31');
    const far = Math.floor(Date.UTC(10_000, 0, 1) / MS_PER_DAY);
    expect(isoDay(far)).toBe('+010000-01');
    expect(() => isoDay(Number.NaN)).toThrow(RangeError);
  });
});
