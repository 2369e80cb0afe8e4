import { describe, expect, it } from 'vitest';
import { lowerWordsOf, wordsOf, wordTest } from '../../src/dates/words.js';

const speaksOfStrikes = wordTest(['shelling', 'air strike', 'barrel bomb', 'air strikes']);

describe('word tests', () => {
  it("finds 'air strikes' as a phrase in 'Two Air strikes hit the town', and a single word", () => {
    expect(speaksOfStrikes('Two Air strikes hit the town.')).toBe(true);
    expect(speaksOfStrikes(lowerWordsOf('Heavy shelling went on.'))).toBe(true);
  });

  it("does not find 'air strike' in 'the air. Strike' or 'air-strike', nor a phrase cut short at the end", () => {
    expect(speaksOfStrikes('They fled by air, and the strike ended.')).toBe(false);
    expect(speaksOfStrikes('an air-strike')).toBe(false);
    expect(speaksOfStrikes('a barrel')).toBe(false);
  });
});

describe('cutting words', () => {
  it("cuts 'İdlib' and a Kelvin sign as before lower-casing, not into an extra 'i' or 'k'", () => {
    expect(lowerWordsOf('Strikes on İdlib killed 5 at 30\u212A.')).toEqual(['strikes', 'on', 'dlib', 'killed', 'at']);
    expect(wordsOf('Strikes on İdlib').map((w) => [w.text, w.lower, w.start])).toEqual([['Strikes', 'strikes', 0], ['on', 'on', 8], ['dlib', 'dlib', 12]]);
  });

  it("keeps the written form and offsets of \"Al-Assad's forces\"", () => {
    expect(wordsOf("Al-Assad's forces").map((w) => [w.text, w.lower, w.start, w.end])).toEqual([["Al-Assad's", "al-assad's", 0, 10], ['forces', 'forces', 11, 17]]);
  });
});
