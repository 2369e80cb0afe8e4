import type { Gazetteer } from './gazetteer.js';

/** A key of a bucket and its place in the bucket's order (fuse.js breaks ties by that order). */
interface Indexed {
  readonly at: number;
  readonly key: string;
}

/** Keys sharing their first two letters, grouped by last letter and length. */
type Bucket = ReadonlyMap<string, readonly Indexed[]>;

const buckets = new WeakMap<Gazetteer, Map<string, Bucket>>();

/**
 * The gazetteer's keys that could be near `key`: the same first two letters (its fuse.js
 * bucket), the same last letter, at most `maxLengthGap` letters longer or shorter; in bucket order.
 * Each bucket is indexed once per gazetteer, the first time a key in it is asked for.
 */
export function keysShaped(key: string, gazetteer: Gazetteer, maxLengthGap: number): string[] {
  const bucket = bucketOf(key.slice(0, 2), gazetteer);
  const last = key[key.length - 1] ?? '';
  const found: Indexed[] = [];
  for (let length = key.length - maxLengthGap; length <= key.length + maxLengthGap; length++) {
    for (const item of bucket.get(last + length) ?? []) found.push(item);
  }
  return found.sort((a, b) => a.at - b.at).map((item) => item.key);
}

function bucketOf(prefix: string, gazetteer: Gazetteer): Bucket {
  let byPrefix = buckets.get(gazetteer);
  if (!byPrefix) buckets.set(gazetteer, (byPrefix = new Map()));
  const known = byPrefix.get(prefix);
  if (known) return known;
  const bucket = new Map<string, Indexed[]>();
  gazetteer.keysStartingWith(prefix).forEach((key, at) => {
    const shape = (key[key.length - 1] ?? '') + key.length;
    const list = bucket.get(shape);
    if (list) list.push({ at, key });
    else bucket.set(shape, [{ at, key }]);
  });
  byPrefix.set(prefix, bucket);
  return bucket;
}
