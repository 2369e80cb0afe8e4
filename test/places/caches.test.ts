import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';
import { closeKeys, FUSE_THRESHOLD, nearKeys } from '../../src/places/fuzzy.js';
import { defaultGazetteer, Gazetteer } from '../../src/places/gazetteer.js';
import { consonantCount, placeKey } from '../../src/places/key.js';
import { memoize } from '../../src/places/memo.js';
import { ISSUE_GROUPS, MORE_GROUPS } from './variants.js';

/** What nearKeys gave before the key index: fuse.js over the whole bucket, then the acceptance rule. */
function nearKeysByWholeBucket(key: string, gazetteer: Gazetteer): string[] {
  if (key.length > 48 || consonantCount(key) < 5) return [];
  const fuse = new Fuse([...gazetteer.keysStartingWith(key.slice(0, 2))], { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
  return fuse.search(key).filter((r) => (r.score ?? 1) <= FUSE_THRESHOLD && closeKeys(key, r.item)).map((r) => r.item);
}

const countryOf = (text: string): (string | null)[] =>
  extractClaims(text, { published: '2024-01-10' }).flatMap((claim) => claim.places.map((place) => place.country));

describe('places: what is kept across calls gives the answers of a first call', () => {
  it('finds through the key index the near keys, in the order, that fuse.js finds over the whole bucket', () => {
    const gazetteer = defaultGazetteer();
    const names = [...ISSUE_GROUPS, ...MORE_GROUPS].flat();
    // one letter dropped, one doubled, one swapped for a confusable: keys the gazetteer may not hold
    const keys = names.map(placeKey).flatMap((key) => [key, key.slice(0, -2) + key.slice(-1), `${key.slice(0, 3)}h${key.slice(3)}`, key.replace('t', 'd')]);
    let found = 0;
    for (const key of keys) {
      const expected = nearKeysByWholeBucket(key, gazetteer);
      expect(nearKeys(key, gazetteer), key).toEqual(expected);
      if (expected.length > 0) found++;
    }
    expect(found).toBeGreaterThan(20);
  });

  it('finds near keys among your own places too, which share no bucket with the shipped ones', () => {
    const gazetteer = new Gazetteer({ builtIn: false, places: [{ name: 'Talmenes', aliases: ['Tal Mannas'], lat: 35.6, lon: 36.7 }] });
    expect(nearKeys(placeKey('Telamnas'), gazetteer)).toEqual(nearKeysByWholeBucket(placeKey('Telamnas'), gazetteer));
    expect(nearKeys(placeKey('Telamnas'), gazetteer)).not.toEqual([]);
  });

  it('resolves a name by each article\'s own countries after another article resolved it: Tripoli in Lebanon, then in Libya', () => {
    expect(countryOf('Fighting in Lebanon went on. At least 300 people fled Tripoli on Monday.')).toEqual(['LB']);
    expect(countryOf('Fighting in Libya went on. At least 300 people fled Tripoli on Monday.')).toEqual(['LY']);
    expect(countryOf('Fighting in Lebanon went on. At least 300 people fled Tripoli on Monday.')).toEqual(['LB']);
  });

  it('computes a name once, a run longer than 256 characters every time, and empties itself when full', () => {
    const calls: string[] = [];
    const upper = memoize((input: string) => {
      calls.push(input);
      return input.toUpperCase();
    }, 2);
    const long = 'Idlib '.repeat(50);
    expect([upper('idlib'), upper('idlib'), upper(long), upper(long)]).toEqual(['IDLIB', 'IDLIB', long.toUpperCase(), long.toUpperCase()]);
    expect(calls).toEqual(['idlib', long, long]);
    upper('hama');
    upper('homs');
    upper('idlib');
    expect(calls.slice(3)).toEqual(['hama', 'homs', 'idlib']);
  });
});
