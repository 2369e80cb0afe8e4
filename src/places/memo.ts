/** Longer inputs are runs of words, not names: computed every time, so the cache stays small. */
const LONGEST_CACHED = 256;

/**
 * A cache for a pure function of a string, kept across calls: place names and words repeat
 * across a stream of articles. Emptied when it reaches its size, so a backfill of millions of
 * articles holds at most `limit` answers, for inputs of at most 256 characters.
 */
export function memoize<T>(compute: (input: string) => T, limit = 20_000): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    if (input.length > LONGEST_CACHED) return compute(input);
    const found = known.get(input);
    if (found !== undefined || known.has(input)) return found as T;
    if (known.size >= limit) known.clear();
    const value = compute(input);
    known.set(input, value);
    return value;
  };
}

/** One such cache per object (a gazetteer), made on first use and dropped with the object. */
export function memoizePer<O extends object, T>(compute: (owner: O, input: string) => T, limit = 20_000): (owner: O, input: string) => T {
  const caches = new WeakMap<O, (input: string) => T>();
  return (owner, input) => {
    let cached = caches.get(owner);
    if (!cached) caches.set(owner, (cached = memoize((value) => compute(owner, value), limit)));
    return cached(input);
  };
}
