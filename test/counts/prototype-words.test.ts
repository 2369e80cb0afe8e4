import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/counts/index.js';

describe('counts: words that name what every object has', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])('reads no figure in "%s"', (word) => {
    expect(parseCount(word)).toBeNull();
    expect(parseCount(`${word} people`)).toBeNull();
  });

  it('still reads number words and scales: "two hundred thousand", "a dozen", "1.2m"', () => {
    expect(parseCount('two hundred thousand')?.value).toBe(200_000);
    expect(parseCount('a dozen')?.value).toBe(12);
    expect(parseCount('1.2m')?.value).toBe(1_200_000);
  });
});
