import type { ClaimKind } from '../../types.js';

/**
 * Words that make a figure a claim of a kind, and where they stand relative to the figure:
 * - `after`: after the counted noun ("25,000 people fled", "40 were killed", "who fled")
 * - `before`: a verb or toll right before the figure ("killing 12", "death toll rose to 300")
 * - `noun`: inside the counted noun phrase ("1.3 million internally displaced persons")
 * `stock` marks words that name a standing total rather than new displacement.
 */
export interface TriggerEntry {
  readonly words: readonly string[];
  readonly kind: ClaimKind;
  readonly at: readonly ('after' | 'before' | 'noun')[];
  readonly stock?: boolean;
}

const t = (phrase: string, kind: ClaimKind, at: TriggerEntry['at'], stock = false): TriggerEntry => ({
  words: phrase.split(' '),
  kind,
  at,
  stock,
});

const AFTER = ['after'] as const;
const BEFORE = ['before'] as const;
const BOTH = ['after', 'before'] as const;
const NOUN = ['noun'] as const;
const NOUN_AFTER = ['noun', 'after'] as const;

export const TRIGGERS: readonly TriggerEntry[] = [
  // displaced
  ...['fled', 'flee', 'flees', 'fleeing', 'escaped', 'escaping', 'uprooted', 'relocated', 'moved', 'arrived'].map((w) => t(w, 'displaced', AFTER)),
  ...['displaced', 'displacing', 'displace', 'displaces', 'uprooting', 'evacuated', 'evacuating', 'forcing', 'forced'].map((w) => t(w, 'displaced', BOTH)),
  // "left 2,000 homeless"
  t('homeless', 'displaced', AFTER),
  // "36,000 people crossed the river"
  t('crossed', 'displaced', AFTER),
  t('sheltering', 'displaced', AFTER, true),
  t('displaced', 'displaced', NOUN_AFTER),
  t('internally displaced', 'displaced', NOUN, true),
  ...['refugees', 'refugee', 'idps', 'idp', 'evacuees', 'asylum-seekers', 'asylum seekers', 'homeless', 'arrivals', 'displacements'].map((w) => t(w, 'displaced', NOUN, true)),
  t('left their homes', 'displaced', AFTER),
  t('left homeless', 'displaced', AFTER),
  t('made homeless', 'displaced', AFTER),
  t('sought refuge', 'displaced', AFTER),
  t('sought shelter', 'displaced', AFTER),
  t('took refuge', 'displaced', AFTER),
  t('crossed into', 'displaced', AFTER),
  t('crossed the border', 'displaced', AFTER),
  t('driven from', 'displaced', AFTER),
  t('driven out', 'displaced', AFTER),
  ...['displacement of', 'evacuation of', 'flight of'].map((w) => t(w, 'displaced', BEFORE)),
  t('taken in', 'displaced', BEFORE, true),
  t('hosts', 'displaced', BEFORE, true),
  t('hosting', 'displaced', BEFORE, true),
  t('sheltering', 'displaced', BEFORE, true),
  // killed
  ...['killed', 'died', 'dead', 'slain', 'perished', 'massacred', 'executed', 'drowned', 'die'].map((w) => t(w, 'killed', AFTER)),
  ...['killing', 'kill', 'kills'].map((w) => t(w, 'killed', BOTH)),
  ...['dead', 'deaths', 'fatalities', 'bodies', 'lives'].map((w) => t(w, 'killed', NOUN)),
  t('lost their lives', 'killed', AFTER),
  t('passed away', 'killed', AFTER),
  t('among the dead', 'killed', BOTH),
  t('among the injured', 'injured', BOTH),
  t('among the wounded', 'injured', BOTH),
  t('among the missing', 'missing', BOTH),
  // "The dead were 13 soldiers, two officials and 21 villagers"
  ...['the dead were', 'the dead included', 'the dead are', 'the victims were', 'the victims included'].map((w) => t(w, 'killed', BEFORE)),
  ...['the injured were', 'the injured included', 'the wounded were', 'the wounded included'].map((w) => t(w, 'injured', BEFORE)),
  ...['claimed the lives of', 'cost the lives of', 'took the lives of', 'bodies of', 'loss of life'].map((w) => t(w, 'killed', BEFORE)),
  t('lost his life', 'killed', AFTER),
  t('lost her life', 'killed', AFTER),
  t('death toll', 'killed', BEFORE),
  // "documented the deaths of 45 civilians"
  ...['deaths of', 'death of', 'killing of', 'killings of'].map((w) => t(w, 'killed', BEFORE)),
  t('toll', 'killed', BEFORE),
  t('killed', 'killed', BEFORE),
  // injured
  ...['injured', 'wounded', 'hurt', 'maimed'].map((w) => t(w, 'injured', NOUN_AFTER)),
  ...['injuring', 'wounding', 'injuries'].map((w) => t(w, 'injured', BOTH)),
  t('injuries', 'injured', NOUN),
  t('injured', 'injured', BEFORE),
  t('wounded', 'injured', BEFORE),
  // missing
  t('missing', 'missing', NOUN_AFTER),
  t('unaccounted for', 'missing', AFTER),
  t('disappeared', 'missing', AFTER),
  t('disappearance of', 'missing', BEFORE),
];

/** Verbs that let "lives" count as deaths: "claimed five civilian lives", "cost 12 lives". */
export const LIVES_VERBS: ReadonlySet<string> = new Set(['claimed', 'claiming', 'claim', 'claims', 'cost', 'costing', 'took', 'taken', 'taking', 'lost', 'losing']);

/** Words after a toll that lead to its figure: "death toll rose to", "toll stands at". */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'were', 'rose', 'risen', 'rising', 'climbed', 'climbing', 'reached', 'reaching', 'stood', 'stands', 'stand', 'jumped', 'increased',
  'hit', 'passed', 'surpassed', 'topped', 'exceeded', 'is', 'was', 'has', 'had', 'now', 'to', 'at', 'of', 'above', 'grew',
]);

/** Words that may stand between the counted noun and its verb: "have been", "who had". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'who', 'that', 'which', 'reportedly',
  'also', 'now', 'already', 'all', 'since', 'so', 'far', 'newly', 'recently', 'later', 'either', 'believed', 'to',
  'feared', 'confirmed', 'reported', 'said', 'thought', 'presumed', 'likely', 'probably', 'may', 'might', 'could',
  'would', 'will', 'not', "n't", 'never', 'left', 'remain', 'remained', 'remains', 'still', 'internally', 'being', 'got',
  'forcibly', 'temporarily', 'permanently', 'just', 'been', 'when', 'as', 'the', 'their', 'in', 'out', 'of',
  // "hundreds more are missing", "40 others were wounded", "nine of them died"
  'more', 'others', 'other', 'them', 'whom', 'those', 'these',
]);

/** Nouns that name a running total, whose figure may stand a few words on: "the death toll from the cyclone rose to 145". */
export const TOTAL_NOUNS: ReadonlySet<string> = new Set(['toll', 'tally', 'number', 'total', 'count', 'figure']);

/** Words right before a total's figure: "rose to 145", "stands at 56", "reached 1.9 million", "Deaths: 1,234". */
export const TOTAL_LINKS: ReadonlySet<string> = new Set([
  'to', 'at', 'of', ':', 'reached', 'hit', 'passed', 'topped', 'surpassed', 'exceeded', 'stands', 'stood', 'is', 'was',
]);

/** Words that open an aside between a figure and its verb: "Seven people, including three children, were killed". */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['including', 'among', 'most', 'mostly', 'many', 'all', 'mainly', 'largely']);

/** Verbs that raise a total named after its figure: "bringing to 310 the number of dead". */
export const RAISING_VERBS: ReadonlySet<string> = new Set([
  'brings', 'bringing', 'brought', 'bring', 'raises', 'raising', 'raised', 'raise', 'takes', 'taking', 'took', 'pushes', 'pushing', 'pushed',
]);
