import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/**
 * Cost must grow linearly with the input. Each case is timed at two or three sizes in one run
 * and only the ratios are asserted (a quadratic stage gives ~100x for 10x the text; linear ~10x),
 * so a shared, noisy machine does not make the test flaky.
 */
const corpusDir = resolve(__dirname, '../../corpus');
const articles = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const news = articles.join('\n\n');

function sized(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

function msFor(text: string): number {
  const start = performance.now();
  extractClaims(text, { published: '2020-01-03' });
  return performance.now() - start;
}

type Build = (bytes: number) => string;

/** "“‘« ... said 40 people were killed ... »’”": quotes opened thousands deep, then closed. */
const deepQuotes: Build = (bytes) => {
  const depth = Math.floor((bytes - 60) / 8);
  return '"“‘«'.repeat(depth) + ' he said 40 people were killed in the city ' + '»’”"'.repeat(depth);
};

/** Time per character at `big` over time per character at `small`: 1 is linear. */
function growth(unit: string | Build, small: number, big: number): number {
  const build: Build = typeof unit === 'string' ? (bytes) => sized(unit, bytes) : unit;
  const smallText = build(small);
  msFor(smallText); // warm-up
  // a fast small run is timed over several repeats, so that timer noise does not decide the ratio
  let repeats = 0;
  let spent = 0;
  while (spent < 200 && repeats < 50) {
    spent += msFor(smallText);
    repeats++;
  }
  const a = Math.max(spent / repeats, 0.5);
  const b = msFor(build(big));
  return b / big / (a / small);
}

const KB = 1_000;
const MB = 1_000_000;
const LIMIT = 3;

describe('cost grows linearly with the input', () => {
  it('should need corpus articles to time', () => {
    expect(articles.length).toBeGreaterThan(10);
  });

  it('should process news text at 100 KB, 1 MB and 10 MB at a steady rate per character', () => {
    const ratios = [growth(news, 100 * KB, MB), growth(news, MB, 10 * MB)];
    console.log(`news: per-character time ratio 100KB→1MB ${ratios[0]?.toFixed(2)}, 1MB→10MB ${ratios[1]?.toFixed(2)}`);
    for (const ratio of ratios) expect(ratio).toBeLessThan(LIMIT);
  }, 600_000);

  const adversarial: [string, string | Build][] = [
    ['deeply nested quotes', deepQuotes],
    ['digits and commas', '1,2,3,4,5,6,7,8,9,0,'],
    ['digits and commas with spaces', '1, 2, 3, 40,000, '],
    ['one endless sentence', 'and some 25,000 people fled the city of Idlib toward the border while '],
    ['apostrophes', "'"],
    ['apostrophes with spaces', "' "],
    ['nested quotes', '"“‘« '],
    ['figures without spaces', '25,000people fled'],
    ['unclosed tags', '<a <b <!-- '],
    ['repeated dates', 'on Dec. 22 since early November in the past two days between December 12 and 25 '],
    ['repeated speakers', 'OCHA said it said Hallaj added according to the UN '],
  ];

  for (const [name, unit] of adversarial) {
    it(`should stay linear on ${name} (100 KB → 1 MB)`, () => {
      const ratio = growth(unit, 100 * KB, MB);
      console.log(`${name}: per-character time ratio 100KB→1MB ${ratio.toFixed(2)}`);
      expect(ratio).toBeLessThan(LIMIT);
    }, 300_000);
  }
});
