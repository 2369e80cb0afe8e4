import type { Candidate } from '../claims/types.js';
import type { Doc } from '../document/index.js';
import { type Quote, quoteAt } from './quotes.js';
import type { Frame } from './types.js';

/** Which frame speaks for each candidate, or null when the article speaks in its own voice. */
export function chooseFrames(doc: Doc, candidates: readonly Candidate[], frames: readonly Frame[], quotes: readonly Quote[]): (Frame | null)[] {
  const bySentence = new Map<number, Frame[]>();
  for (const frame of frames) {
    const list = bySentence.get(frame.sentence);
    if (list) list.push(frame);
    else bySentence.set(frame.sentence, [frame]);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  const quoted = attachQuotes(doc, frames, quotes);
  return candidates.map((candidate) => {
    const at = candidate.countSpan.start;
    const quote = quoteAt(quotes, at);
    const byQuote = quote ? quoted.get(quote) : undefined;
    if (byQuote && !byQuote.inherited) return byQuote.frame;
    const own = inScope(bySentence.get(candidate.sentence) ?? [], at);
    if (own) return own;
    if (byQuote) return byQuote.frame;
    return carried(doc, bySentence, candidate.sentence);
  });
}

/**
 * The frame that introduces each quote: one right after it ('"...," Guterres said'), else one right
 * before it ('Yousef said: "...'), else — for a quoted sentence with no cue of its own — the
 * frame of the last quote in the same or the previous paragraph ('"..." he said. "...."').
 */
function attachQuotes(doc: Doc, frames: readonly Frame[], quotes: readonly Quote[]): Map<Quote, { frame: Frame; inherited: boolean }> {
  const byStart = new Map(frames.map((f) => [f.start, f]));
  const byEnd = new Map(frames.map((f) => [f.end, f]));
  const attached = new Map<Quote, { frame: Frame; inherited: boolean }>();
  let last: { frame: Frame; paragraph: number } | null = null;
  for (const quote of quotes) {
    const paragraph = paragraphAt(doc, quote.start);
    const frame = byStart.get(skip(doc.text, quote.end, 1)) ?? byEnd.get(skip(doc.text, quote.start - 1, -1) + 1);
    if (frame) {
      attached.set(quote, { frame, inherited: false });
      last = { frame, paragraph };
    } else if (last && paragraph - last.paragraph <= 1 && opensSentence(doc, quote.start)) {
      attached.set(quote, { frame: last.frame, inherited: true });
    }
  }
  return attached;
}

/** The first offset from `at`, stepping by `step`, that is not a space, comma or colon (at most 4 steps). */
function skip(text: string, at: number, step: 1 | -1): number {
  let i = at;
  for (let n = 0; n < 4 && /[\s,:]/.test(text[i] ?? ''); n++) i += step;
  return i;
}

function opensSentence(doc: Doc, offset: number): boolean {
  return doc.sentences[sentenceAt(doc, offset)]?.start === offset;
}

function paragraphAt(doc: Doc, offset: number): number {
  return doc.sentences[sentenceAt(doc, offset)]?.paragraph ?? doc.paragraphs.length;
}

/** The last sentence starting at or before `offset`, by binary search. */
function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Among frames in the candidate's sentence (sorted by start), the one whose clause holds the
 * figure: the nearest frame before it if that one points forward ("X said that ... 300"), the
 * nearest after it if that one points back ("300 ..., X said"), a frame for the whole sentence,
 * else the nearest. Binary search: a run-on "sentence" may hold thousands of frames.
 */
function inScope(frames: readonly Frame[], at: number): Frame | null {
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((frames[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  let b = lo - 1;
  // a frame whose speaker phrase holds the figure ("the 300 families said") is not its source
  while (b >= 0 && at < (frames[b]?.end ?? 0)) b--;
  const before = frames[b];
  const after = frames[lo];
  if (before?.direction === 'forward') return before;
  if (after?.direction === 'backward') return after;
  if (before?.direction === 'sentence') return before;
  if (after?.direction === 'sentence') return after;
  if (!before || !after) return before ?? after ?? null;
  return at - before.end <= after.start - at ? before : after;
}

/**
 * The last frame of an earlier sentence in the same paragraph: "Yousef said ... The figure ...".
 * A list item takes its list's heading ("Key figures (OCHA):"), never a sibling item's source.
 */
function carried(doc: Doc, bySentence: ReadonlyMap<number, Frame[]>, sentence: number): Frame | null {
  const paragraph = doc.sentences[sentence]?.paragraph;
  const inList = isListItem(doc, sentence);
  for (let s = sentence - 1; s >= 0 && doc.sentences[s]?.paragraph === paragraph; s--) {
    if (inList && isListItem(doc, s)) continue;
    const frames = bySentence.get(s);
    if (frames?.length) return frames[frames.length - 1] ?? null;
  }
  return null;
}

/** A sentence that opens a list item: "• 370,000: ..." (a middle dot once masked), "- Donetsk: ...", "3. ...". */
function isListItem(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return !!s && LIST_MARKER.test(doc.text.slice(s.start, Math.min(s.end, s.start + 5)));
}

const LIST_MARKER = /^(?:[-•·*▪◦–—]|\d{1,2}[.)])\s/u;
