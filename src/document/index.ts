import { maskText } from './mask.js';
import { paragraphStarts } from './paragraphs.js';
import { cutAtLineBreaks, type SentenceCut } from './sentences.js';
import { placeTokens } from './tokens.js';
import type { Doc, Paragraph, Sentence, Token } from './types.js';
import { wink } from './wink.js';

export type { Doc, Paragraph, Sentence, Token } from './types.js';
export { maskText } from './mask.js';
export { isAsciiLetter, isSpace } from './chars.js';
export { isPersonName } from './compromise.js';

/** Reads the input once: masked text, tokens, sentences and paragraphs, all as offsets. */
export function readDocument(input: string): Doc {
  const text = maskText(input);
  const nlp = wink();
  const doc = nlp.readDoc(text);
  const tokens = placeTokens(text, doc.tokens().out(), doc.tokens().out(nlp.its.type) as string[]);
  const cuts = cutAtLineBreaks(text, tokens, winkSentences(doc, nlp));
  const trimmed = cuts.map((cut) => trimCut(tokens, cut)).filter((cut): cut is SentenceCut => cut !== null);
  const starts = paragraphStarts(text);
  const sentences = trimmed.map((cut, index) => toSentence(input, tokens, cut, index, starts));
  return { input, text, tokens, sentences, paragraphs: toParagraphs(input, sentences) };
}

function winkSentences(doc: ReturnType<ReturnType<typeof wink>['readDoc']>, nlp: ReturnType<typeof wink>): SentenceCut[] {
  const spans = doc.sentences().out(nlp.its.span) as unknown as [number, number][];
  return spans.map(([first, last]) => ({ firstToken: first, endToken: last + 1 }));
}

function trimCut(tokens: readonly Token[], cut: SentenceCut): SentenceCut | null {
  let first = cut.firstToken;
  let end = cut.endToken;
  while (first < end && !tokens[first]?.text.trim()) first++;
  while (end > first && !tokens[end - 1]?.text.trim()) end--;
  return end > first ? { firstToken: first, endToken: end } : null;
}

function toSentence(input: string, tokens: readonly Token[], cut: SentenceCut, index: number, starts: number[]): Sentence {
  const start = tokens[cut.firstToken]?.start ?? 0;
  const end = tokens[cut.endToken - 1]?.end ?? start;
  return { index, start, end, text: input.slice(start, end), paragraph: paragraphOf(starts, start), firstToken: cut.firstToken, endToken: cut.endToken };
}

function paragraphOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Paragraphs renumbered densely, so that paragraph i of a sentence is `paragraphs[i]`; in one pass. */
function toParagraphs(input: string, sentences: Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let first = 0;
  sentences.forEach((sentence, i) => {
    if (sentences[i + 1]?.paragraph === sentence.paragraph) return;
    const index = paragraphs.length;
    const start = (sentences[first] as Sentence).start;
    paragraphs.push({ index, start, end: sentence.end, text: input.slice(start, sentence.end), firstSentence: first, endSentence: i + 1 });
    for (let s = first; s <= i; s++) (sentences[s] as { paragraph: number }).paragraph = index;
    first = i + 1;
  });
  return paragraphs;
}
