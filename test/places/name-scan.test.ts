import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameEndAt } from '../../src/places/name-scan.js';

// The regex nameEndAt reads by hand (see name-scan.ts): the reference it must agree with.
const ARTICLE = 'al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut';
const NAME = new RegExp(`(?<![\\p{L}\\p{M}'-])(?:(?:${ARTICLE})-)?'?\\p{Lu}[\\p{L}\\p{M}']*(?:(?: (?:${ARTICLE})[- ]|-(?:${ARTICLE})-| |-)'?\\p{Lu}[\\p{L}\\p{M}']*)*`, 'uy');

function regexEndAt(text: string, at: number): number {
  NAME.lastIndex = at;
  return NAME.test(text) ? NAME.lastIndex : -1;
}

// Pieces that make names and break them: articles, joints, apostrophes, capitals and letters
// beyond ASCII (a combining mark, an astral capital, lone surrogates).
const COMMON = ['al', 'ash', 'ez', '-', ' ', "'", 'A', 'Idlib', 'x'];
const RARE = ['adh', 'el', 'ul', 'as', 'alb', '  ', "'s", 'Deir', 'É', 'é', 'İ', 'K', '\u0301', '𝐀', '𝐚', '\ud835', '\udc00', '.', ',', '1', '\u00a0', '’'];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...COMMON), weight: 4 }, { arbitrary: fc.constantFrom(...RARE), weight: 1 });

describe('nameEndAt', () => {
  it.each([
    ["Ma'arat al-Nu'man fell", 0, "Ma'arat al-Nu'man".length],
    ['in Deir ez-Zor province', 3, 'in Deir ez-Zor'.length],
    ['the al-Bab area', 4, 'the al-Bab'.length],
    ['Khan-Sheikhoun, Idlib', 0, 'Khan-Sheikhoun'.length],
    ['Maarat al Numan', 0, 'Maarat al Numan'.length],
    ['the al-qaeda group', 4, -1],
    ['an Idlib-based group', 3, 'an Idlib'.length],
    ['xIdlib', 1, -1],
    ['-Idlib', 1, -1],
    ['Idlib-al Hama', 0, 'Idlib'.length],
    ['Idlib-al-Hama', 0, 'Idlib-al-Hama'.length],
    ["al-'Idlib", 0, "al-'Idlib".length],
    ["'al", 0, -1],
  ])('reads the name at %j from %i as ending at %i', (text, at, end) => {
    expect(nameEndAt(text, at)).toBe(end);
    expect(regexEndAt(text, at)).toBe(end);
  });

  it('ends where the regex ends, at every code point of text made of name pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        for (let at = 0; at <= text.length; at++) {
          const low = text.charCodeAt(at);
          const high = text.charCodeAt(at - 1);
          // never asked in the middle of a surrogate pair
          if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) continue;
          expect(nameEndAt(text, at), `${JSON.stringify(text)} at ${at}`).toBe(regexEndAt(text, at));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
