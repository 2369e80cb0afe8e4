import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/index.js';

/** Text that looks like news: figures, triggers, places, quotes and noise in any order. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('At least', 'some', 'over', 'nearly', 'between', 'and', 'to', 'thousands of', 'a dozen', 'two', 'three', 'half a'),
      fc.integer({ min: 0, max: 5_000_000 }).map((n) => n.toLocaleString('en-US')),
      fc.constantFrom('people', 'civilians', 'families', 'children', 'villages', 'km', 'million'),
      fc.constantFrom('fled', 'were killed', 'displaced', 'injured', 'missing', 'died', 'death toll rose to', 'claimed', 'lives'),
      fc.constantFrom('in Idlib', 'from Khan Younis', 'near the Turkish border', 'OCHA said', 'according to the UN', 'he added'),
      fc.constantFrom('on Dec. 22', 'since early November', 'in the past two days', 'this month', 'between December 12 and 25', 'in 2011'),
      fc.constantFrom('.', ',', '\n\n', '"', '“', '”', "'", '’', '(', ')', ';', '<b>', '</b>', '&amp;', '\u00a0', '\u200b', '\r\n'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

function checkInvariants(text: string, claims: Claim[]): void {
  for (const claim of claims) {
    expect(claim.mentions.length).toBeGreaterThan(0);
    for (const mention of claim.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    const { value, low, high } = claim.count;
    if (low !== null) expect(low).toBeLessThanOrEqual(value + 1);
    if (low !== null && high !== null) expect(low).toBeLessThanOrEqual(high);
    expect(claim.confidence).toBeGreaterThanOrEqual(0);
    expect(claim.confidence).toBeLessThanOrEqual(1);
    if (claim.period?.start && claim.period.end) expect(claim.period.start <= claim.period.end).toBe(true);
  }
}

// 3 properties x 300 runs: 900 generated inputs a test run, plus 200 sampled to check the generator
const RUNS = 300;

describe('extractClaims on generated input', () => {
  it('should never throw, and keep its invariants, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        checkInvariants(text, extractClaims(text, { published: '2020-01-03' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('should keep its invariants on news-like text, with mentions that slice the input exactly', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        checkInvariants(text, extractClaims(text, { published: '2019-12-23' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('should give the same output for the same input', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(extractClaims(text, { published: '2019-12-23' })).toEqual(extractClaims(text, { published: '2019-12-23' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('should find claims in the news-like generator (the properties are not vacuous)', () => {
    const samples = fc.sample(newsish, { numRuns: 200, seed: 42 });
    const withClaims = samples.filter((text) => extractClaims(text).length > 0);
    expect(withClaims.length).toBeGreaterThan(5);
  });
});
