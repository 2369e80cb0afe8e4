import type { Token } from '../document/index.js';
import { CUE_VERBS } from '../data/speakers/cues.js';
import type { Context } from './context.js';
import { cueFrame } from './cue-frame.js';
import { OPENER_FIRST_WORDS, sourceFrame, sourceOpenerAt } from './source-frame.js';
import { trailingSourceFrame } from './bracket-frame.js';
import type { Frame } from './types.js';
import { sentenceWords } from './words.js';

const TRIGGER_WORDS: ReadonlySet<string> = new Set([...CUE_VERBS, ...OPENER_FIRST_WORDS]);

/** What a sentence with no attribution gives: one shared empty list, not a new one for each. */
const NONE: readonly Frame[] = [];

/** Every attribution in one sentence, in order of their cues. */
export function findFrames(ctx: Context, sentence: number): readonly Frame[] {
  const s = ctx.doc.sentences[sentence];
  if (!s) return NONE;
  const tokens = ctx.doc.tokens;
  // most sentences hold no word that opens or cues a source and end in no bracket: the tokens tell, before any words are built
  const trigger = firstTrigger(tokens, s.firstToken, s.endToken);
  if (trigger < 0 && !endsWithBracket(tokens, s.firstToken, s.endToken)) return NONE;
  const words = sentenceWords(ctx.doc, sentence);
  const frames: Frame[] = [];
  // the words before the first trigger open and cue nothing
  for (let k = trigger < 0 ? words.length : Math.max(0, words.indexOf(tokens[trigger] as Token)); k < words.length; k++) {
    // most words neither open a source nor cue one: a single look-up tells
    if (!TRIGGER_WORDS.has((words[k] as Token).lower)) continue;
    const opener = sourceOpenerAt(words, k);
    const frame = opener ? sourceFrame(ctx, sentence, words, k, opener) : CUE_VERBS.has(words[k]?.lower ?? '') ? cueFrame(ctx, sentence, words, k) : null;
    if (frame) frames.push(frame);
    if (opener) k += opener - 1;
  }
  const note = trailingSourceFrame(ctx, sentence, words);
  if (note) frames.push(note);
  return relayedThrough(frames);
}

/** The index of the first token in [first, end) that opens or cues a source, or -1. */
function firstTrigger(tokens: readonly Token[], first: number, end: number): number {
  for (let t = first; t < end; t++) if (TRIGGER_WORDS.has((tokens[t] as Token).lower)) return t;
  return -1;
}

/** Whether the last token before closing marks and spaces is ")", where a source note may stand. */
function endsWithBracket(tokens: readonly Token[], first: number, end: number): boolean {
  let t = end - 1;
  while (t >= first && CLOSING_OR_BLANK.test((tokens[t] as Token).text)) t--;
  return t >= first && (tokens[t] as Token).text === ')';
}

const CLOSING_OR_BLANK = /^(?:[.:;!?]|\s*)$/;

/**
 * An outlet that relays someone it names ("OCHA said 90,000 fled, Reuters reported"; "the
 * agency reported, citing the health ministry") is not the speaker but the way the words came.
 */
function relayedThrough(frames: Frame[]): Frame[] {
  const outlet = frames.find((f) => f.mention.kind === 'outlet');
  if (!outlet || frames.every((f) => f.mention.kind === 'outlet')) return frames;
  return frames.filter((f) => f.mention.kind !== 'outlet').map((f) => (f.via ? f : { ...f, via: outlet.mention }));
}
