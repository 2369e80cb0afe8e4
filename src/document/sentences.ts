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
  for (const sentence of winkSentences) {
    let first = sentence.firstToken;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t];
      if (!token || !token.text.includes('\n')) continue;
      const newline = token.start + token.text.indexOf('\n');
      const blank = /\n[ \t\r]*\n/.test(token.text);
      if (blank || lineBreakEndsSentence(text, newline)) {
        if (t > first) cuts.push({ firstToken: first, endToken: t });
        first = t + 1;
      }
    }
    if (sentence.endToken > first) cuts.push({ firstToken: first, endToken: sentence.endToken });
  }
  return cuts.filter((cut) => hasContent(tokens, cut));
}

function hasContent(tokens: readonly Token[], cut: SentenceCut): boolean {
  for (let t = cut.firstToken; t < cut.endToken; t++) if (tokens[t]?.text.trim()) return true;
  return false;
}
