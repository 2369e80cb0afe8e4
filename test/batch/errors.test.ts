import { describe, expect, it } from 'vitest';
import { extractMany } from '../../src/batch/index.js';
import { openPool } from '../../src/batch/pool.js';

const call = (texts: unknown, options?: unknown) => extractMany(texts as never, options as never);

describe('extractMany rejects what a caller must fix', () => {
  it('should reject texts that are not an array', async () => {
    await expect(call('Fighting displaced 2,000 people.')).rejects.toThrow(TypeError);
    await expect(call('Fighting displaced 2,000 people.')).rejects.toThrow(/^extractMany: expected texts to be an array of strings or \{ text, options \} objects, found string\b/);
    await expect(call(null)).rejects.toThrow(TypeError);
  });

  it('should name the item that is neither a string nor a { text, options } object', async () => {
    await expect(call(['ok', 42])).rejects.toThrow(TypeError);
    await expect(call(['ok', 42])).rejects.toThrow(/^extractMany: expected texts\[1\] to be a string or a \{ text, options \} object, found number\b/);
    await expect(call([{ body: 'x' }])).rejects.toThrow(new TypeError('extractMany: expected texts[0] to be a string or a { text, options } object, found an object without a string "text"'));
    await expect(call([{ text: 'x', published: '2020-01-01' }])).rejects.toThrow('extractMany: texts[0] has an unknown field "published" (expected text and options)');
    await expect(call([{ text: 'x', options: 'today' }])).rejects.toThrow(/^extractMany: expected texts\[0\]\.options to be an object, found string\b/);
  });

  it('should name the item whose options extractClaims would refuse', async () => {
    await expect(call(['ok', { text: 'x', options: { published: 'last week' } }])).rejects.toThrow(RangeError);
    await expect(call(['ok', { text: 'x', options: { published: 'last week' } }])).rejects.toThrow(/^extractMany: texts\[1\]: expected option "published" to be a date like "2019-12-23", found "last week"$/);
    await expect(call(['ok'], { when: 'now' })).rejects.toThrow(TypeError);
    await expect(call(['ok'], { when: 'now' })).rejects.toThrow(/^extractMany: options: unknown option "when" \(expected one of: published, source\b/);
    await expect(call(['ok'], [])).rejects.toThrow(new TypeError('extractMany: expected options to be an object, found an array'));
  });

  it('should accept only a whole number of jobs of at least 1', async () => {
    await expect(call(['ok'], { jobs: '2' })).rejects.toThrow(TypeError);
    await expect(call(['ok'], { jobs: '2' })).rejects.toThrow(/^extractMany: expected option "jobs" to be a number, found string\b/);
    for (const jobs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(call(['ok'], { jobs })).rejects.toThrow(new RangeError(`extractMany: expected option "jobs" to be a whole number of at least 1, found ${jobs}`));
    }
  });
});

describe('the worker pool', () => {
  it('should reject the one text whose reading throws in a worker and keep reading the others', async () => {
    const pool = openPool(2);
    try {
      const bad = pool.extract({ text: 'x', options: { bogus: true } as never });
      const good = pool.extract({ text: 'Floods displaced 3,500 families in the province.', options: undefined });
      await expect(bad).rejects.toThrow(TypeError);
      await expect(bad).rejects.toThrow(/^extractClaims: unknown option "bogus"/);
      expect((await good).map((claim) => claim.count.value)).toEqual([3500]);
    } finally {
      await pool.close();
    }
  });

  it('should reject texts given after it is closed', async () => {
    const pool = openPool(2);
    await pool.close();
    await expect(pool.extract({ text: 'Floods displaced 3,500 families.', options: undefined })).rejects.toThrow('claimtally: the worker pool');
  });
});

describe('extractMany with a gazetteer of your own', () => {
  it('should read the batch in this thread with jobs 1, and refuse to send the gazetteer to threads', async () => {
    const { Gazetteer } = await import('../../src/places/index.js');
    const gazetteer = new Gazetteer({ places: [{ name: 'Umm Qurayn', lat: 13.1, lon: 24.2 }] });
    const text = 'Fighting displaced 4,300 people from Umm Qurayn, the agency said.';
    const [claims] = await extractMany([text], { gazetteer, jobs: 1 });
    expect(claims?.map((claim) => claim.count.value)).toEqual([4300]);
    await expect(call([text, { text, options: { gazetteer } }], { jobs: 2 })).rejects.toThrow(
      new TypeError('extractMany: texts[1] uses the "gazetteer" option, which cannot be sent to worker threads; pass jobs: 1 to read this batch in this thread'),
    );
  });
});
