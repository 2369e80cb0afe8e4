import type { Doc } from '../document/index.js';
import { type CountMatch, findCounts } from '../counts/index.js';
import { buildCandidate, type Pairing } from './build-candidate.js';
import { pairGapped } from './gapping.js';
import { pairCount } from './pair-count.js';
import { isOneOf } from './skip-partitives.js';
import type { Candidate } from './types.js';

/** Every figure in the document paired with what makes it a claim, sentence by sentence. */
export function findCandidates(doc: Doc): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of doc.sentences) {
    // the figure grammar's own walk first; the test after it, as before, keeps only sentences with a number or number word
    const counts = findCounts(doc.input, doc.tokens, sentence.firstToken, sentence.endToken);
    if (counts.length === 0 || !mayHoldFigure(doc, sentence.firstToken, sentence.endToken)) continue;
    for (const candidate of sentenceCandidates(doc, sentence.index, counts)) candidates.push(candidate);
  }
  return candidates;
}

function sentenceCandidates(doc: Doc, index: number, counts: readonly CountMatch[]): Candidate[] {
  const sentence = doc.sentences[index];
  if (!sentence) return [];
  const out: Candidate[] = [];
  let previous: Pairing | null = null;
  counts.forEach((count, k) => {
    if (isOneOf(doc.tokens, count)) return;
    const nextFirst = counts[k + 1]?.firstToken ?? sentence.endToken;
    const pairing = pairCount(doc, index, count, nextFirst) ?? pairGapped(doc, index, count, previous);
    if (!pairing) return;
    out.push(buildCandidate(doc, index, pairing));
    previous = pairing;
  });
  return out;
}

// a Set, not a regular expression: every token of the document is tested
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens',
  'scores', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'a', 'half', 'several',
]);

/** A cheap test before the figure grammar runs: a digit or a number word. */
function mayHoldFigure(doc: Doc, first: number, end: number): boolean {
  for (let at = first; at < end; at++) {
    const token = doc.tokens[at];
    if (token && (token.type === 'number' || NUMBER_WORDS.has(token.lower))) return true;
  }
  return false;
}
