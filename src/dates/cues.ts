/**
 * The cue words a sentence holds, found in one scan and kept as bit flags, so that each phrase
 * rule is tried only where its pattern could match: a rule whose words are all absent is skipped
 * without a regex test of its own.
 */
export const Cue = {
  HOUR: 1 << 0,
  DAY: 1 << 1,
  WEEK: 1 << 2,
  MONTH: 1 << 3,
  YEAR: 1 << 4,
  /** "past", "last", "previous", "preceding" */
  PAST: 1 << 5,
  LAST: 1 << 6,
  AGO: 1 << 7,
  THIS: 1 << 8,
  /** "after", "following", "from" */
  FORWARD: 1 << 9,
  /** "start", "beginning", "middle", "end" (of the week, month or year) */
  EDGE: 1 << 10,
  /** "start", "beginning", "outbreak", "onset", "day", "night", "morning"... (of the war) */
  EVENT_EDGE: 1 << 11,
  /** "yesterday", "today", "tonight", "overnight", "night" */
  CASUAL: 1 << 12,
  WEEKDAY: 1 << 13,
  /** a number that may be a year: 1900 to 2099 */
  YEAR_NUMBER: 1 << 14,
} as const;

const { HOUR, DAY, WEEK, MONTH, YEAR, PAST, LAST, AGO, THIS, FORWARD, EDGE, EVENT_EDGE, CASUAL, WEEKDAY, YEAR_NUMBER } = Cue;

// whole words only: every rule's pattern holds its words between word boundaries
const CUE_WORD = /\b(?:hours?|days?|weeks?|months?|years?|past|last|previous|preceding|ago|this|after|following|from|start|beginning|middle|end|outbreak|onset|night|morning|afternoon|evening|yesterday|today|tonight|overnight|sunday|monday|tuesday|wednesday|thursday|friday|saturday|(?:19|20)\d\d)\b/gi;

const CUES_OF_WORD: ReadonlyMap<string, number> = new Map([
  ['hour', HOUR], ['hours', HOUR], ['day', DAY | EVENT_EDGE], ['days', DAY],
  ['week', WEEK], ['weeks', WEEK], ['month', MONTH], ['months', MONTH],
  ['year', YEAR], ['years', YEAR],
  ['past', PAST], ['last', PAST | LAST], ['previous', PAST], ['preceding', PAST], ['ago', AGO], ['this', THIS],
  ['after', FORWARD], ['following', FORWARD], ['from', FORWARD],
  ['start', EDGE | EVENT_EDGE], ['beginning', EDGE | EVENT_EDGE], ['middle', EDGE], ['end', EDGE],
  ['outbreak', EVENT_EDGE], ['onset', EVENT_EDGE], ['night', EVENT_EDGE | CASUAL], ['morning', EVENT_EDGE],
  ['afternoon', EVENT_EDGE], ['evening', EVENT_EDGE],
  ['yesterday', CASUAL], ['today', CASUAL], ['tonight', CASUAL], ['overnight', CASUAL],
  ['sunday', WEEKDAY], ['monday', WEEKDAY], ['tuesday', WEEKDAY], ['wednesday', WEEKDAY],
  ['thursday', WEEKDAY], ['friday', WEEKDAY], ['saturday', WEEKDAY],
]);

/** The cues of a sentence, as one number of `Cue` flags. */
export function cuesOf(sentence: string): number {
  let cues = 0;
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(sentence); m; m = CUE_WORD.exec(sentence)) {
    const word = m[0];
    // every match the table lacks is a year
    cues |= CUES_OF_WORD.get(word.toLowerCase()) ?? YEAR_NUMBER;
  }
  return cues;
}
