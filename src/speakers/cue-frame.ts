import type { Token } from '../document/index.js';
import {
  CLAUSE_OPENERS, DATA_VERBS, LEADING_CONJUNCTIONS, DATE_WORDS, INVERTIBLE_VERBS, NEEDS_AFTER,
  NOT_SPEECH_AFTER, PASSIVE_AUXILIARIES, SKIP_BEFORE_CUE, TELL_VERBS,
} from '../data/speakers/cues.js';
import { SOURCE_NOUNS } from '../data/speakers/nouns.js';
import type { Context } from './context.js';
import { readMention } from './mention.js';
import { readSubject } from './subject.js';
import type { Frame, Mention } from './types.js';
import { isQuote } from './words.js';

const OBJECT_STOPS = new Set(['that', ',', ':', ';', '.', 'on', 'in', 'about', 'by', 'late', 'earlier', 'last', 'this', 'after', 'when', 'as', '"']);
const APPOSITION_STOPS = new Set([',', '.', ';', ':', '"', '(']);
const PHRASE_STOPS = new Set([',', '.', ';', ':', '"', '(', 'that', 'on', 'in']);

/** The attribution a cue verb at word `k` makes, or null when it makes none. */
export function cueFrame(ctx: Context, sentence: number, words: readonly Token[], k: number): Frame | null {
  const cue = words[k];
  if (!cue || !isSpeech(words, k)) return null;
  const previous = words[k - 1];
  if (previous && PASSIVE_AUXILIARIES.has(previous.lower)) return agentFrame(ctx, sentence, words, k);
  const inverted = previous && (previous.text === ',' || isQuote(previous)) && INVERTIBLE_VERBS.has(cue.lower) ? invertedFrame(ctx, sentence, words, k) : null;
  return inverted ?? subjectFrame(ctx, sentence, words, k);
}

function isSpeech(words: readonly Token[], k: number): boolean {
  const cue = words[k]?.lower ?? '';
  const not = NOT_SPEECH_AFTER[cue];
  if (not && followedBy(words, k, not)) return false;
  const needs = NEEDS_AFTER[cue];
  return !needs || followedBy(words, k, needs);
}

/** Whether one of the four words after the cue is in the list. */
function followedBy(words: readonly Token[], k: number, list: readonly string[]): boolean {
  for (let i = k + 1; i < words.length && i < k + 5; i++) if (list.includes((words[i] as Token).lower)) return true;
  return false;
}

/** "X said ...", "..., X said", "Fatima Yousef, director of ..., told Radio Dabanga that". */
function subjectFrame(ctx: Context, sentence: number, words: readonly Token[], k: number): Frame | null {
  const end = skipBackToSubject(words, k - 1);
  let start = end;
  while (start > 0 && end - start < 40 && !isBoundary(words[start - 1] as Token)) start--;
  const subject = readSubject(ctx, words.slice(start, end + 1));
  if (!subject) return null;
  if (DATA_VERBS.has(words[k]?.lower ?? '') && !words.slice(start, end + 1).some((w) => SOURCE_NOUNS.has(w.lower))) return null;
  const via = TELL_VERBS.has(words[k]?.lower ?? '') ? outletAfter(ctx, words, k + 1) : null;
  const afterCue = words[(via ? indexAfter(words, via.span.end) : k + 1)]?.lower ?? '';
  const opensClause = afterCue === 'that' || afterCue === ':' || afterCue === '"';
  const before = words[subject.firstWord + start - 1];
  // ", but the junta said only 300 had left": a new clause, whose content follows
  const opensWithConjunction = LEADING_CONJUNCTIONS.has(words[subject.firstWord + start]?.lower ?? '');
  const follows = !!before && (before.text === ',' || isQuote(before)) && (subject.contentBefore || start > 0) && !opensWithConjunction;
  return {
    sentence,
    start: subject.mention.span.start,
    end: via ? via.span.end : (words[k]?.end ?? 0),
    mention: subject.mention,
    direction: follows && !opensClause ? 'backward' : 'forward',
    via,
    rule: `speakers/cue-frame: ${words[k]?.lower}`,
  };
}

/** ", said Jens Laerke, a spokesman for OCHA." and '"...," said the ministry.' */
function invertedFrame(ctx: Context, sentence: number, words: readonly Token[], k: number): Frame | null {
  if (words[k + 1]?.lower === 'that') return null;
  let to = k + 1;
  while (to < words.length && !PHRASE_STOPS.has(words[to]?.lower ?? '') && !isQuote(words[to] as Token)) to++;
  let apposEnd = to;
  if (words[to]?.text === ',') for (apposEnd = to + 1; apposEnd < words.length && !APPOSITION_STOPS.has(words[apposEnd]?.text ?? ''); apposEnd++);
  if (!endsSentence(words, apposEnd)) return null;
  const subject = readSubject(ctx, words.slice(k + 1, apposEnd), true);
  if (!subject || subject.mention.form === 'pronoun') return null;
  return { sentence, start: words[k]?.start ?? 0, end: subject.mention.span.end, mention: subject.mention, direction: 'backward', via: null, rule: 'speakers/cue-frame: inverted' };
}

/** Whether only closing marks, or a quote that goes on, follow `from`: '..., said X.' or '..., said X, "...'. */
function endsSentence(words: readonly Token[], from: number): boolean {
  const rest = words.slice(from).filter((w) => w.text !== ',');
  return rest.length === 0 || /^[.!?"]/.test(rest[0]?.text ?? '');
}

/** "were reported by the health ministry": the agent after "by". */
function agentFrame(ctx: Context, sentence: number, words: readonly Token[], k: number): Frame | null {
  if (words[k + 1]?.lower !== 'by') return null;
  let to = k + 2;
  while (to < words.length && !PHRASE_STOPS.has(words[to]?.lower ?? '')) to++;
  const mention = readMention(ctx, words.slice(k + 2, to));
  if (!mention || mention.form === 'pronoun') return null;
  return { sentence, start: words[k]?.start ?? 0, end: mention.span.end, mention, direction: 'sentence', via: null, rule: 'speakers/cue-frame: passive' };
}

/** The outlet spoken to: "told Radio Dabanga", not "told reporters". */
function outletAfter(ctx: Context, words: readonly Token[], from: number): Mention | null {
  let to = from;
  while (to < words.length && to - from < 8 && !OBJECT_STOPS.has(words[to]?.lower ?? '') && !isQuote(words[to] as Token)) to++;
  const mention = readMention(ctx, words.slice(from, to));
  return mention?.kind === 'outlet' ? mention : null;
}

/** Back from just before the cue over "also", "has", "on Monday" to the subject's last word. */
function skipBackToSubject(words: readonly Token[], from: number): number {
  let j = from;
  while (j >= 0) {
    const lower = words[j]?.lower ?? '';
    if (SKIP_BEFORE_CUE.has(lower)) j--;
    else if (DATE_WORDS.has(lower) || /^\d/.test(lower)) {
      const on = [j - 1, j - 2, j - 3].find((i) => ['on', 'this', 'last'].includes(words[i]?.lower ?? ''));
      if (on === undefined) break;
      j = on - 1;
    } else break;
  }
  return j;
}

function isBoundary(word: Token): boolean {
  return word.text === ';' || word.text === ':' || isQuote(word) || CLAUSE_OPENERS.has(word.lower);
}

function indexAfter(words: readonly Token[], offset: number): number {
  const i = words.findIndex((w) => w.start >= offset);
  return i < 0 ? words.length : i;
}

