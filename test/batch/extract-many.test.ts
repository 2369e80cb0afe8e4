import { afterAll, describe, expect, it } from 'vitest';
import { closeWorkers, extractMany } from '../../src/batch/index.js';
import { extractClaims } from '../../src/extract.js';
import { NUMBERED_VALUES, numberedTexts, seedTexts } from './texts.js';

const seeds = seedTexts();

afterAll(closeWorkers);

describe('extractMany in this thread (jobs 1)', () => {
  it('should return the claims of each text in input order, equal to extractClaims text by text', async () => {
    const texts = [...numberedTexts(3), ...seeds, '', 'No figures here at all.'];
    const result = await extractMany(texts, { jobs: 1 });
    expect(result).toHaveLength(texts.length);
    expect(result).toEqual(texts.map((text) => extractClaims(text)));
    expect(result.slice(0, 3).map((claims) => claims[0]?.count.value)).toEqual(NUMBERED_VALUES(3));
    expect(result.slice(3, 3 + seeds.length).every((claims) => claims.length > 0)).toBe(true);
  });

  it('should read a { text, options } item with its own options over the shared ones', async () => {
    const [seed = ''] = seeds;
    const result = await extractMany([{ text: seed, options: { published: '2019-12-23' } }, seed], { jobs: 1, source: 'Wire' });
    expect(result[0]).toEqual(extractClaims(seed, { published: '2019-12-23', source: 'Wire' }));
    expect(result[1]).toEqual(extractClaims(seed, { source: 'Wire' }));
  });

  it('should answer an empty batch with an empty list', async () => {
    expect(await extractMany([])).toEqual([]);
  });
});

describe('extractMany on worker threads', () => {
  it('should read twelve texts on two threads and keep their order', async () => {
    const texts = numberedTexts(12);
    const result = await extractMany(texts, { jobs: 2 });
    expect(result.map((claims) => claims.map((claim) => claim.count.value))).toEqual(NUMBERED_VALUES(12).map((value) => [value]));
  });

  it('should find on worker threads exactly the claims extractClaims finds, options included', async () => {
    const texts = [...seeds, ...numberedTexts(2), ...seeds];
    const result = await extractMany(texts.map((text) => ({ text, options: { published: '2019-12-23' } })), { jobs: 3 });
    expect(result).toEqual(texts.map((text) => extractClaims(text, { published: '2019-12-23' })));
  });
});
