import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBreakEndsSentence } from '../../src/document/paragraphs.js';
import { cutAtLineBreaks, type SentenceCut } from '../../src/document/sentences.js';
import type { Token } from '../../src/document/types.js';

// cutAtLineBreaks finds the tokens that hold a line break from the breaks; this is what it must
// equal, written the plain way: every token of every sentence read for a line break
function reference(text: string, tokens: readonly Token[], sentences: readonly SentenceCut[]): SentenceCut[] {
  const cuts: SentenceCut[] = [];
  for (const sentence of sentences) {
    let first = sentence.firstToken;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t] as Token;
      if (!token.text.includes('\n')) continue;
      const newline = token.start + token.text.indexOf('\n');
      if (/\n[ \t\r]*\n/.test(token.text) || lineBreakEndsSentence(text, newline)) {
        if (t > first) cuts.push({ firstToken: first, endToken: t });
        first = t + 1;
      }
    }
    if (sentence.endToken > first) cuts.push({ firstToken: first, endToken: sentence.endToken });
  }
  return cuts.filter((cut) => tokens.slice(cut.firstToken, cut.endToken).some((token) => token.text.trim() !== ''));
}

/** Tokens as wink gives them: words and marks, and line breaks (with the spaces after them) as tokens of their own, or in no token where `dropped`. */
function tokensOf(text: string, dropped: readonly boolean[]): Token[] {
  const tokens: Token[] = [];
  let breaks = 0;
  for (const m of text.matchAll(/\n[ \t\r\n]*|[^\s]+/g)) {
    if (m[0].includes('\n') && dropped[breaks++ % Math.max(1, dropped.length)]) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase(), type: m[0].includes('\n') ? 'tabCRLF' : 'word' });
  }
  return tokens;
}

const pieces = fc.constantFrom('word', 'Idlib', 'fled', '.', ',', ' ', '  ', '\n', '\n\n', ' \n ', '\n \n', '\r\n', 'A', '5,000', '(', ')');

describe('cutAtLineBreaks against reading every token', () => {
  it('cuts wink sentences where a plain reading of every token cuts them, on random text and sentences', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 20 }), fc.array(fc.boolean(), { maxLength: 8 }), (parts, lengths, dropped) => {
        const text = parts.join('');
        const tokens = tokensOf(text, dropped);
        // wink's sentences: consecutive runs of tokens covering them all
        const sentences: SentenceCut[] = [];
        let at = 0;
        for (const length of [...lengths, tokens.length]) {
          if (at >= tokens.length) break;
          const end = Math.min(tokens.length, at + length);
          sentences.push({ firstToken: at, endToken: end });
          at = end;
        }
        expect(cutAtLineBreaks(text, tokens, sentences)).toEqual(reference(text, tokens, sentences));
      }),
      { numRuns: 2000 },
    );
  });
});
