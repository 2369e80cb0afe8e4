import { describe, expect, it } from 'vitest';
import { extractClaims, parseCount } from '../../src/index.js';

/** Words that are Object.prototype's names: looked up in a plain object, they find a function. */
const WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const KINDS = ['person', 'organization', 'government', 'armed group', 'outlet'];

describe("text made of Object.prototype's names", () => {
  it.each(WORDS)('should read "%s" as a plain word in every position', (word) => {
    const text = `The ${word} said 300 people were killed in ${word}. ${word} added that ${word} ${word} fled on ${word}, &${word}; ${word} ${word}.`;
    const claims = extractClaims(text, { published: '2023-05-01' });
    expect(claims.map((c) => [c.kind, c.count.value])).toEqual([['killed', 300]]);
    for (const claim of claims) {
      expect(typeof claim.group.noun).toBe('string');
      if (claim.speaker) expect(KINDS).toContain(claim.speaker.kind);
      for (const place of claim.places) expect(typeof place.key).toBe('string');
    }
    expect(parseCount(word)).toBeNull();
  });

  it('should give a known speaker kind for "the local constructor said"', () => {
    const [claim] = extractClaims('The local constructor said 300 people were killed in Aleppo.');
    expect(claim?.speaker === null || KINDS.includes(claim?.speaker?.kind ?? '')).toBe(true);
  });
});
