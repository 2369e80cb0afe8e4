import type { Token } from '../document/index.js';
import { CUE_VERBS } from '../data/speakers/cues.js';
import type { Context } from './context.js';
import { cueFrame } from './cue-frame.js';
import { OPENER_FIRST_WORDS, sourceFrame, sourceOpenerAt } from './source-frame.js';
import { trailingSourceFrame } from './bracket-frame.js';
import type { Frame } from './types.js';
import { sentenceWords } from './words.js';

const TRIGGER_WORDS: ReadonlySet<string> = new Set([...CUE_VERBS, ...OPENER_FIRST_WORDS]);

/** Every attribution in one sentence, in order of their cues. */
export function findFrames(ctx: Context, sentence: number): Frame[] {
  if (!mayAttribute(ctx, sentence)) return [];
  const words = sentenceWords(ctx.doc, sentence);
  const frames: Frame[] = [];
  for (let k = 0; k < words.length; k++) {
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

/**
 * Whether a sentence holds a word that opens or cues a source, or ends in a bracket: most
 * sentences do neither, and telling so from the tokens spares building their words.
 */
function mayAttribute(ctx: Context, sentence: number): boolean {
  const s = ctx.doc.sentences[sentence];
  if (!s) return false;
  const tokens = ctx.doc.tokens;
  for (let t = s.firstToken; t < s.endToken; t++) if (TRIGGER_WORDS.has((tokens[t] as Token).lower)) return true;
  return endsWithBracket(tokens, s.firstToken, s.endToken);
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
