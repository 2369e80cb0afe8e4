import { table } from '../table.js';
/** Word lists of the dates stage. Lower case unless said otherwise. */

/** Counts a duration can be given in ("the past two days", "a couple of weeks"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, ninety: 90, 'a couple of': 2, 'a few': 3, few: 3, several: 4,
});

/** Duration units and how many days one of them is; months and years count on the calendar. */
export const UNIT_WORDS: Readonly<Record<string, 'hour' | 'day' | 'week' | 'month' | 'year'>> = table({
  hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week',
  month: 'month', months: 'month', year: 'year', years: 'year',
});

/** Capitalised as written; index = JavaScript weekday (0 = Sunday). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Verbs after which a date tells when something was said, not when it happened. */
export const REPORT_VERBS = [
  'reported', 'said', 'says', 'told', 'announced', 'stated', 'added', 'tweeted', 'wrote',
  'posted', 'published', 'confirmed', 'declared', 'claimed', 'estimated', 'tallied', 'reports',
  'carried', 'released', 'issued', 'relayed',
];

/** Words that may stand between a reporting verb and its date ("said on Twitter on Thursday"). */
export const REPORT_FILLERS = [
  'on', 'in', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'to', 'via', 'statement',
  'reporters', 'twitter', 'x', 'facebook', 'telegram', 'press', 'conference', 'briefing',
  'report', 'late', 'early', 'earlier', 'this', 'last', 'post', 'televised', 'speech',
  'by', 'of', 'and', 'at', 'for', 'from', 'with', 'video', 'link', 'phone', 'telephone',
];

/** Sentences that go on reporting what someone said: a moved reference holds through them. */
export const ATTRIBUTION_CUES = [
  'said', 'says', 'added', 'told', 'according', 'conveyed', 'noted', 'stated', 'explained',
  'reported', 'stressed', 'warned', 'underlined', 'pointed out', 'continued',
];

/**
 * Verbs of an event beginning: a date after one ("the floods, which began ... in mid-June") is when
 * the article's event started, and a figure in its sentence is counted since then.
 */
export const START_VERBS = ['began', 'begun', 'started', 'erupted', 'broke out', 'flared', 'intervened'];

/** Events that go on and whose tolls keep rising: "the Feb. 6 earthquake", "the floods of 10 September". */
export const LASTING_EVENTS = [
  'earthquake', 'earthquakes', 'quake', 'quakes', 'flood', 'floods', 'flooding', 'war', 'invasion',
  'offensive', 'storm', 'cyclone', 'hurricane', 'typhoon', 'tsunami', 'disaster', 'violence',
  'exodus', 'crisis', 'crackdown', 'fighting', 'conflict', 'hostilities',
];

/** Words that point back to a figure told just before ("The estimate describes the situation as of 1 April"). */
export const FIGURE_WORDS = ['estimate', 'estimates', 'figure', 'figures', 'toll', 'tally', 'count', 'total', 'number', 'numbers'];

/** Events whose date dates nothing else unless a claim counts "since" them ("a deal reached in"). */
export const EVENT_VERBS = [
  'reached', 'signed', 'agreed', 'brokered', 'concluded', 'began', 'begun', 'started',
  'erupted', 'broke out', 'adopted', 'declared', 'took effect', 'came into force', 'founded',
  'established', 'elected',
];
export const EVENT_NOUNS = [
  'deal', 'agreement', 'accord', 'ceasefire', 'cease-fire', 'truce', 'treaty', 'memorandum',
  'war', 'conflict', 'uprising', 'revolution', 'election', 'elections', 'summit', 'talks',
];

/** Words that tie a sentence to an attack or a disaster: a death takes the date of the one before it. */
export const ATTACK_WORDS = [
  'attack', 'attacks', 'attacked', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'strike',
  'strikes', 'struck', 'bombing', 'bombings', 'bombed', 'bombardment', 'bombardments',
  'shelling', 'shelled', 'raid', 'raids', 'offensive', 'assault', 'explosion', 'blast',
  'massacre', 'clashes', 'fighting', 'barrel bomb', 'barrel bombs', 'missile', 'missiles',
  'drone', 'warplanes', 'jets', 'artillery', 'ambush', 'hit', 'targeted', 'opened fire',
  'fired', 'shooting', 'shot', 'gunfire', 'gunmen', 'stampede', 'crush', 'incident',
  'earthquake', 'quake', 'aftershock', 'flood', 'floods', 'flooding', 'storm', 'cyclone',
  'landslide', 'collapsed', 'collapse', 'fire', 'crash', 'sinking', 'capsized', 'gave way', 'burst',
];

/** Words for the movement itself: a neighbouring sentence with one is about the same exodus. */
export const DISPLACEMENT_WORDS = [
  'exodus', 'displacement', 'displaced', 'fled', 'flee', 'fleeing', 'flight', 'uprooted',
  'evacuated', 'evacuation', 'influx', 'wave', 'movement', 'movements', 'left their homes',
  'refugees', 'crossed', 'arrived', 'arrivals',
];

/** Words for the deaths themselves, beside the attack words. */
export const DEATH_WORDS = [
  'killed', 'deaths', 'dead', 'died', 'death toll', 'lives', 'casualties', 'wounded', 'injured', 'missing',
  'bodies', 'drowned', 'survivors', 'rescuers', 'rescued', 'rescue',
];
