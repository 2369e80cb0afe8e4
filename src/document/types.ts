import type { Span } from '../types.js';

/** One wink token with its place in the input. */
export interface Token extends Span {
  /** Lower-cased text, after masking (see mask.ts). */
  readonly lower: string;
  /** wink's token type: word, number, punctuation, symbol, currency, ... */
  readonly type: string;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** Index of the sentence's first token in `Doc.tokens`. */
  readonly firstToken: number;
  /** Index one past its last token. */
  readonly endToken: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly firstSentence: number;
  readonly endSentence: number;
}

/** The input read once: the same length as the input, every offset into it. */
export interface Doc {
  /** The input as given. */
  readonly input: string;
  /** The input with markup, odd spaces and foreign digits masked; same length as `input`. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}
