import { START_VERBS } from '../data/dates/words.js';
import type { Day } from './calendar.js';
import type { DateContext } from './context.js';
import { speaksOf, speaksOfAttackOrWar } from './sentence-tests.js';
import type { Expression } from './expression.js';
import type { Mention } from './mentions.js';
import { resolve } from './resolve.js';
import { wordTest } from './words.js';

const beginsEvent = wordTest(START_VERBS);

/** A day the article gives as its event's start, and the words that give it. */
export interface EventStart {
  readonly day: Day;
  readonly text: string;
}

/** The latest start at or before each sentence, and the earliest in the article. */
interface Starts {
  readonly before: readonly (EventStart | null)[];
  readonly earliest: EventStart | null;
}

/**
 * Where the article says its event began: built once per document. The starts stated in words
 * ("since", "began", "the Feb. 6 earthquake") are read first; the rest only when asked for, as
 * most articles state a start and need neither.
 */
interface EventStarts {
  readonly stated: Starts;
  /** The stated start of each sentence. */
  readonly statedIn: readonly (EventStart | null)[];
  /** The earliest start stated in a sentence about people fleeing: a flight is counted from those. */
  statedOfFlight?: EventStart | null;
  /** The days of attacks and disasters the article dates ("the quake struck on Feb. 6"). */
  attacks?: Starts;
}

const MAX_ATTACK_DAYS = 7;
// days named, not durations counted back ("in the past 24 hours" dates no attack)
const DAY_KINDS: ReadonlySet<Expression['kind']> = new Set(['calendar', 'weekday', 'offset', 'part', 'range', 'ago']);

const built = new WeakMap<DateContext, EventStarts>();

/**
 * The day the event a figure belongs to began: the start the article last stated before the
 * figure's sentence ("since 24 February", "the war that erupted in April", "the earthquakes of
 * Feb. 20"), else the earliest it states anywhere; failing those, the day of an attack or disaster
 * it dates, the same way. Null when the article dates none, or only after `reference`.
 */
export function eventStartFor(ctx: DateContext, sentence: number): Day | null {
  return eventStartWords(ctx, sentence)?.day ?? null;
}

/**
 * How a figure's event start is looked for: `any`; `flight`, for a displacement figure, only a
 * start stated before it or, after it, about people fleeing ("4.2 million refugees ... since 24
 * February"): an attack's day starts no exodus, nor does a death toll's start told further on;
 * `flight-told`, for a displacement figure in a dated statement, the day of the disaster too.
 */
export type StartSought = 'any' | 'flight' | 'flight-told';

/** The same, with the words that gave it. */
export function eventStartWords(ctx: DateContext, sentence: number, sought: StartSought = 'any'): EventStart | null {
  const starts = eventStarts(ctx);
  const { stated } = starts;
  const start =
    sought === 'any'
      ? (startAt(stated, sentence) ?? startAt(attacksOf(ctx, starts), sentence))
      : (stated.before[sentence] ?? statedOfFlight(ctx, starts) ?? (sought === 'flight-told' ? startAt(attacksOf(ctx, starts), sentence) : null));
  const reference = ctx.references[sentence] ?? null;
  return start !== null && (reference === null || start.day <= reference) ? start : null;
}

/** The earliest start the article gives, as an expression: "since the war began" counts from it. */
export function eventStart(ctx: DateContext): Expression {
  const starts = eventStarts(ctx);
  const days = [starts.stated.earliest?.day, attacksOf(ctx, starts).earliest?.day].filter((d): d is Day => d !== undefined);
  const first = days.length > 0 ? Math.min(...days) : null;
  return { kind: 'calendar', range: { first, last: first, precision: 'day', anchored: first !== null }, clip: false };
}

function startAt(starts: Starts, sentence: number): EventStart | null {
  return starts.before[sentence] ?? starts.earliest;
}

function eventStarts(ctx: DateContext): EventStarts {
  const known = built.get(ctx);
  if (known) return known;
  const statedIn = ctx.doc.sentences.map((_, s) => statedStartIn(ctx, s));
  const starts: EventStarts = { stated: collect(statedIn), statedIn };
  built.set(ctx, starts);
  return starts;
}

function attacksOf(ctx: DateContext, starts: EventStarts): Starts {
  starts.attacks ??= collect(ctx.doc.sentences.map((_, s) => attackStartIn(ctx, s)));
  return starts.attacks;
}

/** The earliest stated start, the first of equal days, in a sentence that speaks of flight; only those sentences' words are read. */
function statedOfFlight(ctx: DateContext, starts: EventStarts): EventStart | null {
  if (starts.statedOfFlight !== undefined) return starts.statedOfFlight;
  const stated = starts.statedIn.flatMap((start, s) => (start ? [{ start, s }] : [])).sort((a, b) => a.start.day - b.start.day || a.s - b.s);
  starts.statedOfFlight = stated.find(({ s }) => speaksOf(ctx, s, 'displaced'))?.start ?? null;
  return starts.statedOfFlight;
}

function collect(perSentence: readonly (EventStart | null)[]): Starts {
  const before: (EventStart | null)[] = [];
  let earliest: EventStart | null = null;
  perSentence.forEach((start, s) => {
    before.push(start ?? before[s - 1] ?? null);
    earliest = earlier(earliest, start);
  });
  return { before, earliest };
}

/** The last start a sentence states. */
function statedStartIn(ctx: DateContext, s: number): EventStart | null {
  let stated: EventStart | null = null;
  for (const mention of ctx.mentions(s)) {
    if (mention.role === 'report') continue;
    const statedExpression = statedStart(mention);
    const first = statedExpression ? resolve(statedExpression, ctx.references[s] ?? null).first : null;
    if (first !== null) stated = { day: first, text: mention.text };
  }
  return stated;
}

/** The earliest attack's or disaster's day a sentence gives, among its dates that state no start. */
function attackStartIn(ctx: DateContext, s: number): EventStart | null {
  let attack: EventStart | null = null;
  for (const mention of ctx.mentions(s)) {
    if (mention.role === 'report' || statedStart(mention)) continue;
    attack = earlier(attack, attackStart(ctx, s, mention, ctx.references[s] ?? null));
  }
  return attack;
}

/**
 * "since 24 February" → 24 February; "the war that erupted in April" → April; "From 24 February,
 * when the attack began, to 24 March" → 24 February; "since the war began" → none.
 */
function statedStart(mention: Mention): Expression | null {
  const e = mention.expression;
  if (e.kind === 'since') return e.from.kind === 'eventDay' ? null : e.from;
  if (e.kind === 'range' && beginsEvent(mention.text)) return e.from;
  return mention.role === 'start' ? e : null;
}

/** "on Feb. 6", "late on Sunday", "on the night of 10 to 11 September": an attack's or a disaster's day. */
function shortSpanStart(mention: Mention, reference: Day | null): EventStart | null {
  if (!DAY_KINDS.has(mention.expression.kind)) return null;
  const { first, last, precision } = resolve(mention.expression, reference);
  if (first === null || last === null || precision !== 'day' || last - first >= MAX_ATTACK_DAYS) return null;
  return { day: first, text: mention.text };
}

/** A short span in a sentence about an attack or a war; the span is read first, as it costs less. */
function attackStart(ctx: DateContext, s: number, mention: Mention, reference: Day | null): EventStart | null {
  const start = shortSpanStart(mention, reference);
  return start && speaksOfAttackOrWar(ctx, s) ? start : null;
}

function earlier(a: EventStart | null, b: EventStart | null): EventStart | null {
  if (a === null) return b;
  return b === null || a.day <= b.day ? a : b;
}
