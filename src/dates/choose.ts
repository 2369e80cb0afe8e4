import type { Candidate } from '../claims/types.js';
import { perSentence, readMention, speaksOfAttack, sentenceText, spansOf, speaksOf, type DateContext } from './context.js';
import { eventStart } from './event-start.js';
import { lengthInDays, within, type Reading } from './period.js';

const ATTACK_LOOKBACK = 3;
const ATTACK_MAX_DAYS = 7;
const DISTINCT_FIGURE = 100;

/** The span the claim's own sentence gives: the date nearest to the figure and its verb. */
export function ownReading(ctx: DateContext, c: Candidate): Reading | null {
  let best: Reading | null = null;
  for (const reading of spansOf(ctx, c.sentence)) {
    if (!best || distance(reading, c) < distance(best, c)) best = reading;
  }
  return best;
}

function distance({ mention }: Reading, c: Candidate): number {
  return Math.max(0, mention.start - c.mention.end, c.mention.start - mention.end);
}

/**
 * "235,000 civilians fled this month. OCHA said the exodus took place between December 12 and
 * 25.": the next or previous sentence, with no figure of its own, about the same kind of event,
 * gives its span when the claim has none or when it is narrower and inside the claim's own.
 */
export function neighbourReading(ctx: DateContext, c: Candidate, own: Reading | null): Reading | null {
  const paragraph = ctx.doc.sentences[c.sentence]?.paragraph ?? 0;
  for (const s of [c.sentence + 1, c.sentence - 1]) {
    const sentence = ctx.doc.sentences[s];
    if (!sentence || ctx.claimSentences.has(s) || Math.abs(sentence.paragraph - paragraph) > 1) continue;
    if (!speaksOf(ctx, s, c.kind)) continue;
    // "Air strikes have hit Idlib since 2011." dates no single death or flight beside it
    const spans = spansOf(ctx, s).filter((r) => r.mention.expression.kind !== 'since');
    const fit = spans.find((r) => !own || (within(r.range, own.range) && lengthInDays(r.range) < lengthInDays(own.range)));
    if (fit) return fit;
  }
  return null;
}

/**
 * The same figure of the same kind stated elsewhere with a span ("25,000 ... in the past two
 * days"), the nearest first. Indexed once per document: a text may state thousands of figures.
 */
export function sameFigureIndex(candidates: readonly Candidate[], direct: readonly (Reading | null)[]): (c: Candidate) => Reading | null {
  const byFigure = new Map<string, { sentence: number; reading: Reading }[]>();
  candidates.forEach((c, i) => {
    const reading = direct[i];
    if (!reading) return;
    const key = figureKey(c);
    const list = byFigure.get(key) ?? [];
    list.push({ sentence: c.sentence, reading });
    byFigure.set(key, list);
  });
  return (c) => nearest(byFigure.get(figureKey(c)) ?? [], c.sentence);
}

// "two in Aldier" and "two children" elsewhere are rarely one fact; "25,000" twice usually is
function figureKey(c: Candidate): string {
  const { kind, count, group } = c;
  return [kind, count.value, count.vague ?? '', count.value >= DISTINCT_FIGURE ? '' : group.noun].join('|');
}

/** The reading stated nearest to `sentence`, in a list in sentence order. */
function nearest(list: readonly { sentence: number; reading: Reading }[], sentence: number): Reading | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.sentence ?? 0) < sentence) lo = mid + 1;
    else hi = mid;
  }
  const after = list[lo];
  const before = list[lo - 1];
  if (!before) return after?.reading ?? null;
  if (!after) return before.reading;
  return after.sentence - sentence < sentence - before.sentence ? after.reading : before.reading;
}

/**
 * A death with no date of its own takes the day of the attack the passage is about: back
 * through sentences that speak of attacks, to the first that dates one ("The air attacks ...
 * on Dec. 22 ...", "... struck Talmenes ...", "three people were killed in Talmenes").
 */
export function attackReading(ctx: DateContext, c: Candidate): Reading | null {
  if (c.kind === 'displaced') return null;
  for (let s = c.sentence - 1; s >= 0 && s >= c.sentence - ATTACK_LOOKBACK; s--) {
    if (!perSentence(ctx, 'attack', s, () => speaksOfAttack(sentenceText(ctx, s)))) return null;
    const dated = spansOf(ctx, s).find((r) => isShortDay(r));
    if (dated) return dated;
  }
  return null;
}

/** A day or a few days: an attack's date, known or (without a reference) yet to be fixed. */
function isShortDay({ range }: Reading): boolean {
  if (range.precision !== 'day') return false;
  return range.anchored ? lengthInDays(range) <= ATTACK_MAX_DAYS : range.first === null;
}

// "since the earthquake struck", "since the start of the war", "since Russia launched its invasion"
const SINCE_EVENT = /\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset|eruption)\s+of\b|(?:[\w'-]+\s+){1,6}?(?:began|begun|started|erupted|struck|hit|broke\s+out|launched|flared))/i;

/**
 * A toll counted "since the earthquake struck" runs from the day the article gives that event
 * ("The 7.8 quake hit on Feb. 6") to the reference; the start stays open when no day is given.
 */
export function sinceEventReading(ctx: DateContext, c: Candidate): Reading | null {
  const sentence = ctx.doc.sentences[c.sentence];
  const since = sentence ? perSentence(ctx, 'since-event', c.sentence, () => SINCE_EVENT.exec(sentenceText(ctx, c.sentence))) : null;
  if (!sentence || !since) return null;
  const start = sentence.start + since.index;
  const end = start + since[0].length;
  const from = eventStart(ctx);
  const mention = { start, end, text: ctx.doc.input.slice(start, end), role: 'span' as const, sentence: c.sentence, expression: { kind: 'since' as const, from } };
  return readMention(ctx, mention);
}

/** The day the claim's own sentence says it was reported ("reported on Dec. 22"). */
export function reportReading(ctx: DateContext, c: Candidate): Reading | null {
  const report = ctx.mentions(c.sentence).find((m) => m.role === 'report');
  return report ? readMention(ctx, report) : null;
}
