import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/claims/index.js';
import { readDocument } from '../../src/document/index.js';
import { assignPlaces } from '../../src/places/index.js';

/**
 * assignPlaces must cost the same per character on a long sentence as on a short one. Only the
 * places stage is timed (the document is read first), each size three times, the fastest kept;
 * the ratio of time per character at 8x the text to 1x is asserted, never a time: a stage that
 * walks the sentence per figure gives about 8, a linear one about 1.
 */
const SMALL = 25_000;
const LIMIT = 3;

function sized(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The fastest of three runs of assignPlaces, on a fresh document each time (places are cached per document). */
function msFor(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const doc = readDocument(text);
    const candidates = findCandidates(doc);
    const start = performance.now();
    assignPlaces(doc, candidates);
    best = Math.min(best, performance.now() - start);
  }
  return Math.max(best, 0.5);
}

function growth(make: (length: number) => string): number {
  msFor(make(SMALL)); // warm-up: the gazetteer, the compiled code
  const small = msFor(make(SMALL)) / SMALL;
  const big = msFor(make(8 * SMALL)) / (8 * SMALL);
  return big / small;
}

const TOWNS = ['Idlib', 'Ariha', 'Saraqib', 'Kafr Nubl', 'Hama', 'Jisr al-Shughur', 'Binnish', 'Sarmin'];

describe('assignPlaces costs the same per character at 8x the text', () => {
  it.each<[string, (length: number) => string]>([
    ['one run-on sentence with a figure every 70 characters', (n) => sized('and some 25,000 people fled the city of Idlib toward the border while ', n)],
    ['one figure before an endless list of towns', (n) => `Some 25,000 people fled the towns of ${sized(TOWNS.join(', ') + ', ', n)}`],
    ['one figure before an endless run of capitalised words', (n) => `Some 25,000 people fled ${sized('Idlib Aleppo Hama Saraqib ', n)}`],
    ['host countries listed again and again', (n) => sized('Turkey, Lebanon and Jordan have taken in 3 million people while ', n)],
    ['figures that name no place, in one paragraph after a place', (n) => `An air strike hit Idlib on Monday. ${sized('Seven people were killed. ', n)}`],
    ['figures that name no place, in one paragraph that names none', (n) => sized('Seven people were killed. ', n)],
    ['figures that name no place, in one run-on sentence', (n) => `Shells struck a school in Idlib, ${sized('killing seven people and wounding 12, ', n)}`],
    ['zones without names', (n) => `Some 25,000 people fled the buffer zone ${sized('near the de-escalation zone and the (frontline) ', n)}`],
  ])('on %s', (_, make) => {
    const ratio = growth(make);
    console.log(`places: time per character at 8x over 1x, ${_}: ${ratio.toFixed(2)}`);
    expect(ratio, `time per character at 8x over 1x: ${ratio.toFixed(2)}`).toBeLessThan(LIMIT);
  }, 120_000);

  it('reads places from such a sentence (the timed runs do real work)', () => {
    const doc = readDocument(sized('and some 25,000 people fled the city of Idlib toward the border while ', 7_000));
    const places = assignPlaces(doc, findCandidates(doc));
    expect(places.length).toBe(100);
    expect(places[50]?.map((place) => [place.text, place.role])).toEqual([['Idlib', 'origin']]);
  });
});
