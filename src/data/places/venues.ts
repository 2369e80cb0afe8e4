/** Phrases that make a place the seat of whoever gives a figure, not where the figure happened. */

/** After the place: "the ministry in Sanaa says", "told reporters in Geneva on Friday that". */
export const SPEECH_AFTER_PLACE =
  /^\s*(?:(?:now|today|yesterday|on\s+\p{Lu}\p{Ll}+|late\s+on\s+\p{Lu}\p{Ll}+)\s+)?(?:said|says|reported|reports|told|announced|stated|added|confirmed|that\b(?!\s+(?:day|night|week|month|year|morning|afternoon|evening|time)\b))/u;

/** Before the place: "told reporters in", "a briefing in", "speaking in". */
export const SPEECH_BEFORE_PLACE = /\b(?:reporters|journalists|briefing|conference|speaking|spoke|interview)\s+(?:in|at)\s+(?:the\s+)?$/i;
