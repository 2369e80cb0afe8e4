import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, DIVISION_NOUNS, FACILITY_NOUNS, ZONE_LAST_WORD, ZONE_WORDS } from '../../src/data/places/words.js';
import { mayEndPhrase, mayStartPhrase } from '../../src/places/phrase-edges.js';
import { findPhrases, phraseEndingAt, phraseStartingAt } from '../../src/places/phrases.js';
import { lastWordsOf, wordsOf } from '../../src/places/word-runs.js';

const LISTS = [DIRECTIONS, DIVISION_NOUNS, FACILITY_NOUNS, ZONE_WORDS];
// words of the lists, cut and dressed as in text ("(north-western", "Province's", "zone,"), and others
const TOKENS = ['north', 'North-western', 'far', 'west,', '(northern', 'province', "Province's", 'sub-district', 'refugee', 'camp.', 'buffer', 'ZONE', 'zone,', 'de-escalation', 'front', 'line', 'frontline)', 'the', 'of', 'in', 'Idlib', 'x', 'southeast', 'no-fly', 'Kamp', 'İn', 'K'];

describe('phrases: the cheap tests never pass over a phrase', () => {
  it('says a phrase may start (or end) a word whenever phraseStartingAt (or phraseEndingAt) finds one there', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 5 }), fc.constantFrom(...LISTS), (tokens, list) => {
        const words = wordsOf(tokens.join(' '));
        const last = words.length - 1;
        if (phraseStartingAt(words, 0, list) >= 0) expect(mayStartPhrase(words[0]?.text ?? '', [list]), tokens.join(' ')).toBe(true);
        if (phraseEndingAt(words, last, list) >= 0) expect(mayEndPhrase(words[last]?.text ?? '', [list]), tokens.join(' ')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a phrase ending and starting words as in text', () => {
    const words = wordsOf('in the North-western province of');
    expect(phraseEndingAt(words, 2, DIRECTIONS)).toBe(words[2]?.start);
    expect(mayEndPhrase('North-western', [DIRECTIONS])).toBe(true);
    expect(mayEndPhrase('Idlib', [DIRECTIONS])).toBe(false);
    expect(phraseEndingAt(wordsOf('the buffer ZONE'), 2, ZONE_WORDS)).toBe(4);
    expect(mayEndPhrase('ZONE', [ZONE_WORDS])).toBe(true);
    expect(mayStartPhrase("province's", [DIVISION_NOUNS])).toBe(true);
    expect(mayStartPhrase('refugee', [FACILITY_NOUNS])).toBe(true);
    expect(mayStartPhrase('provincial', [DIVISION_NOUNS])).toBe(false);
  });

  it('gives the last words of a text as wordsOf ends', () => {
    const text = '  fled the  northern province of ';
    expect(lastWordsOf(text, 3)).toEqual(wordsOf(text).slice(-3));
    expect(lastWordsOf(text, 9)).toEqual(wordsOf(text));
  });
});

describe('findPhrases reads the text case-blind, as lower-cased', () => {
  it.each([
    ['the BUFFER ZONE south of the town', [[4, 15]]],
    ['the Buffer Zone', [[4, 15]]],
    ['İn the buffer zone', [[7, 18]]],
    // the Kelvin sign lower-cases to "k": no zone word holds a "k", so nothing is found either way
    ['the \u212aelvin zone', []],
    ['a safe zona', []],
  ])('in %j finds %j', (text, spans) => {
    expect(findPhrases(text, ZONE_WORDS).map(({ start, end }) => [start, end])).toEqual(spans);
  });
});

describe('ZONE_LAST_WORD spares reading a sentence that names no zone', () => {
  it('holds the last word of every zone phrase, in any case', () => {
    for (const phrase of ZONE_WORDS) {
      for (const text of [phrase, phrase.toUpperCase(), `near the ${phrase[0]?.toUpperCase()}${phrase.slice(1)},`]) expect(ZONE_LAST_WORD.test(text), text).toBe(true);
    }
  });

  it('holds wherever findPhrases finds a zone, in text cut and dressed at random', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 6 }), (tokens) => {
        const text = tokens.join(' ');
        if (findPhrases(text, ZONE_WORDS).length > 0) expect(ZONE_LAST_WORD.test(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
