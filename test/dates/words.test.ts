import { describe, expect, it } from 'vitest';
import { lowerWordsOf, wordClasses, wordsOf, wordTest } from '../../src/dates/words.js';

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

describe('word classes', () => {
  const classesOf = wordClasses([['shelling', 'air strike'], ['fled', 'left their homes'], ['said']]);

  it("sets one flag for each list whose word or phrase the words hold: 'the air strike ... left their homes' → lists 1 and 2", () => {
    expect(classesOf(lowerWordsOf('After the air strike, thousands left their homes.'))).toBe(0b011);
    expect(classesOf(lowerWordsOf('The UN said so.'))).toBe(0b100);
  });

  it('sets none for a phrase cut short or broken by another word', () => {
    expect(classesOf(lowerWordsOf('They left their town by air.'))).toBe(0);
  });
});
