import { CUE_VERBS } from '../data/speakers/cues.js';
import type { Context } from './context.js';
import { cueFrame } from './cue-frame.js';
import { sourceFrame, sourceOpenerAt } from './source-frame.js';
import { trailingSourceFrame } from './bracket-frame.js';
import type { Frame } from './types.js';
import { sentenceWords } from './words.js';

/** Every attribution in one sentence, in order of their cues. */
export function findFrames(ctx: Context, sentence: number): Frame[] {
  const words = sentenceWords(ctx.doc, sentence);
  const frames: Frame[] = [];
  for (let k = 0; k < words.length; k++) {
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
 * An outlet that relays someone it names ("OCHA said 90,000 fled, Reuters reported"; "the
 * agency reported, citing the health ministry") is not the speaker but the way the words came.
 */
function relayedThrough(frames: Frame[]): Frame[] {
  const outlet = frames.find((f) => f.mention.kind === 'outlet');
  if (!outlet || frames.every((f) => f.mention.kind === 'outlet')) return frames;
  return frames.filter((f) => f.mention.kind !== 'outlet').map((f) => (f.via ? f : { ...f, via: outlet.mention }));
}
