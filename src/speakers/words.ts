import type { Doc, Token } from '../document/index.js';

/** A sentence's tokens without the whitespace ones. */
export function sentenceWords(doc: Doc, sentence: number): Token[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const words: Token[] = [];
  for (let t = s.firstToken; t < s.endToken; t++) {
    const token = doc.tokens[t];
    if (token && token.text.trim() !== '') words.push(token);
  }
  return words;
}

/** The input between the first and last of some words, as written. */
export function surfaceOf(doc: Doc, words: readonly Token[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? doc.input.slice(first.start, last.end) : '';
}

/** Whether a word starts with a capital letter or is a number-like name part ("M23"). */
export function isCapitalized(word: Token): boolean {
  return /^\p{Lu}/u.test(word.text);
}

export function isQuote(word: Token): boolean {
  return word.text === '"' || word.text === "''" || word.text === '``';
}
