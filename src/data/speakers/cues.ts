import { table } from '../table.js';

/** The verbs that make their subject the source of what follows or precedes ("X said"). */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'reported', 'reports',
  'announced', 'announces', 'estimated', 'estimates', 'stated', 'noted', 'notes', 'confirmed',
  'confirms', 'warned', 'warns', 'wrote', 'writes', 'tweeted', 'posted', 'claimed', 'claims',
  'conveyed', 'explained', 'explains', 'indicated', 'revealed', 'declared', 'counted', 'recorded',
  'records', 'documented', 'registered', 'verified', 'detected', 'tallied', 'put', 'puts', 'show',
  'shows', 'showed', 'spoke', 'spoken', 'informed', 'stressed', 'insisted', 'acknowledged',
  'admitted', 'alleged', 'asserted', 'mentioned', 'highlighted', 'cited', 'identified', 'found',
]);

/** Cues whose object is the outlet spoken to ("told Radio Dabanga that"). */
export const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'informed']);

/** Cues that may follow their clause with the subject after them (", said OCHA."). */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'explained', 'reported', 'stressed', 'warned',
]);

/** Cues that attribute only when their subject names figures or data ("UN figures show"). */
export const DATA_VERBS: ReadonlySet<string> = new Set(['show', 'shows', 'showed']);

/** Cues that need a particle or object to attribute: "spoke out", "put the toll at". */
export const NEEDS_AFTER: Readonly<Record<string, readonly string[]>> = table({
  spoke: ['out'], spoken: ['out'], put: ['toll', 'number', 'figure', 'tally'], puts: ['toll', 'number', 'figure', 'tally'],
});

/** A cue followed by one of these is not speech: "claimed nine lives". */
export const NOT_SPEECH_AFTER: Readonly<Record<string, readonly string[]>> = table({
  claimed: ['lives', 'life'], claims: ['lives', 'life'], recorded: ['in'], registered: ['as'],
});

/** Phrases whose source follows them: "according to X", "citing X", "as reported by X". */
export const SOURCE_OPENERS: readonly (readonly string[])[] = [['according', 'to'], ['citing'], ['quoting'], ['as', 'reported', 'by']];

/** Words that may stand between a subject and its cue: "OCHA also said", "Yousef has said". */
export const SKIP_BEFORE_CUE: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'earlier', 'previously', 'separately', 'again', 'then', 'already',
  'recently', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'officially', 'publicly',
  'initially', 'today', 'yesterday', 'tonight', 'reportedly', 'last', 'night', 'week',
  'alone', 'itself', 'himself', 'herself', 'themselves',
]);

/** Auxiliaries that make a cue passive ("were reported killed"): no speaker unless "by X" follows. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** Words that end the phrase before a cue: the subject lies after them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'whereas', 'while', 'because', 'after', 'as', 'when', 'since', 'although', 'though', 'if']);

/** Leading words dropped from a subject phrase: ", and the ministry said", "yet the organization". */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so', 'or', 'nor', 'while', 'whereas', 'meanwhile', 'however', 'still', 'now']);

/** A comma-part before the subject that is an adverbial, not content: "In a statement, OCHA said". */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'meanwhile', 'however', 'separately', 'earlier', 'later', 'last',
  'also', 'speaking', 'elsewhere', 'today', 'yesterday', 'overnight', 'by', 'from', 'for', 'after', 'before',
]);

/** Days and months, skipped in "The U.N. on Monday said". */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', '.',
]);
