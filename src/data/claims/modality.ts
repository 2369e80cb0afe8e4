/** Words before a claim that change what it asserts. Checked in a short window before the trigger. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'neither', 'nor', 'without']);

/** Verbs whose clause a figure stands in is denied: "denied that 40 were killed". */
export const DENIALS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'dismissed', 'disputed', 'refuted', 'refutes']);

/** "could force a million more to flee", "are expected to flee", "risk being displaced" */
export const PROJECTIONS: ReadonlySet<string> = new Set([
  'could', 'would', 'will', "'ll", 'might', 'may', 'expected', 'expect', 'expects', 'projected', 'projects', 'forecast',
  'forecasts', 'risk', 'risks', 'threaten', 'threatens', 'threatening', 'likely', 'set', 'warned', 'warn', 'warns',
  'potentially', 'if', 'way', 'plan', 'plans', 'aim', 'aims', 'intend', 'intends', 'poised',
]);

/** "reportedly", "allegedly", "unconfirmed reports" */
export const HEDGES: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'purportedly', 'possibly', 'perhaps', 'unconfirmed', 'unverified', 'believed', 'thought',
  'presumed', 'suspected', 'apparently', 'supposedly', 'feared',
]);

/** Words that say a figure is a standing total rather than new movement or deaths. */
export const STOCK_CUES: ReadonlySet<string> = new Set([
  'home', 'hosts', 'hosting', 'host', 'hosted', 'remain', 'remains', 'remained', 'living', 'live', 'lives', 'total',
  'currently', 'taken', 'sheltering', 'houses', 'housing', 'registered', 'still',
]);

/** After a claim, with a negation: "were not confirmed", "could not be independently verified" (hedged). */
export const VERIFICATIONS: ReadonlySet<string> = new Set(['confirmed', 'verified', 'corroborated', 'substantiated']);
