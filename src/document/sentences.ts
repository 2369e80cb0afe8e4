import { lineBreakEndsSentence } from './paragraphs.js';
import type { Token } from './types.js';

export interface SentenceCut {
  readonly firstToken: number;
  readonly endToken: number;
}

/**
 * wink's sentences, cut again at line breaks that end a sentence: wink joins a headline to
 * the paragraph after it when no full stop separates them.
 */
export function cutAtLineBreaks(text: string, tokens: readonly Token[], winkSentences: readonly SentenceCut[]): SentenceCut[] {
  const cuts: SentenceCut[] = [];
  // the tokens holding a line break are found from the breaks (a few an article), not by reading every token
  let newline = text.indexOf('\n');
  let t = 0;
  for (const sentence of winkSentences) {
    let first = sentence.firstToken;
    t = Math.max(t, first);
    while (newline >= 0 && t < sentence.endToken) {
      const token = tokens[t] as Token;
      if (token.end <= newline) {
        t = firstEndingAfter(tokens, t, sentence.endToken, newline);
        continue;
      }
      if (token.start <= newline) {
        const blank = /\n[ \t\r]*\n/.test(token.text);
        if (blank || lineBreakEndsSentence(text, newline)) {
          if (t > first) cuts.push({ firstToken: first, endToken: t });
          first = t + 1;
        }
      }
      // a break in the space between tokens is in none of them
      newline = text.indexOf('\n', token.start <= newline ? token.end : newline + 1);
    }
    if (sentence.endToken > first) cuts.push({ firstToken: first, endToken: sentence.endToken });
  }
  return cuts.filter((cut) => hasContent(tokens, cut));
}

/** The first token in [from, end) that ends after `offset`, or `end`: tokens are in order and do not overlap. */
function firstEndingAfter(tokens: readonly Token[], from: number, end: number, offset: number): number {
  let lo = from;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasContent(tokens: readonly Token[], cut: SentenceCut): boolean {
  for (let t = cut.firstToken; t < cut.endToken; t++) if (tokens[t]?.text.trim()) return true;
  return false;
}
