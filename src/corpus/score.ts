import type { Claim } from '../types.js';
import { checkPlaces, periodAgrees, speakerAgrees } from './fields.js';
import { EMPTY_TALLY, toFigures, type Figures, type Part, type Tally } from './figures.js';
import { describeClaim, describeListed, describePeriod, describePeriods, describeSpeaker, describeSpeakers } from './describe.js';
import { matchClaims, type Match } from './match.js';
import type { AnnotatedClaim, Annotation } from './types.js';

export type FindingType = 'missed claim' | 'false claim' | 'wrong speaker' | 'wrong period' | 'missed place' | 'false place';

/** One fault, readable as it stands: "wrong period: killed 5 (claims[1]): expected 2019-12-22, found 2019-12-20". */
export interface Finding {
  readonly type: FindingType;
  readonly claim: string;
  readonly expected?: string;
  readonly found?: string;
}

export interface Score {
  readonly tally: Tally;
  readonly figures: Figures;
  readonly matches: readonly Match[];
  readonly findings: readonly Finding[];
}

/**
 * Scores one article's extracted claims against its annotation, as the corpus format's
 * Scoring section says. Pure: running the extractor is the caller's business.
 */
export function score(annotation: Annotation, claims: readonly Claim[]): Score {
  const matches = matchClaims(annotation, claims);
  const findings: Finding[] = [];
  let tally: Tally = {
    ...EMPTY_TALLY,
    listed: annotation.claims.filter((claim) => !claim.optional).length,
    optional: annotation.claims.filter((claim) => claim.optional).length,
    extracted: claims.length,
  };
  for (const match of matches) tally = judgeMatch(annotation, match, claims[match.extracted]!, tally, findings);
  const matchedListed = new Set(matches.map((match) => match.listed));
  const matchedExtracted = new Set(matches.map((match) => match.extracted));
  annotation.claims.forEach((listed, i) => {
    if (!listed.optional && !matchedListed.has(i)) findings.push({ type: 'missed claim', claim: describeListed(listed, i) });
  });
  claims.forEach((claim, i) => {
    if (!matchedExtracted.has(i)) findings.push({ type: 'false claim', claim: describeClaim(claim) });
  });
  return { tally, figures: toFigures(tally), matches, findings };
}

/** Optional claims are matched only to keep them out of the false claims: their fields are not judged. */
function judgeMatch(annotation: Annotation, match: Match, claim: Claim, tally: Tally, findings: Finding[]): Tally {
  const listed = annotation.claims[match.listed]!;
  if (listed.optional) return { ...tally, matchedOptional: tally.matchedOptional + 1 };
  const label = describeListed(listed, match.listed);
  const speaker = speakerAgrees(listed, claim.speaker, annotation);
  const period = periodAgrees(listed, claim.period);
  const places = checkPlaces(listed, claim.places);
  if (speaker === false) findings.push({ type: 'wrong speaker', claim: label, expected: describeSpeakers(listed), found: describeSpeaker(claim.speaker) });
  if (period === false) findings.push({ type: 'wrong period', claim: label, expected: describePeriods(listed), found: describePeriod(claim.period) });
  for (const place of places?.missed ?? []) findings.push({ type: 'missed place', claim: label, expected: place });
  for (const place of places?.wrong ?? []) findings.push({ type: 'false place', claim: label, found: place });
  return {
    ...tally,
    matched: tally.matched + 1,
    speaker: judged(tally.speaker, speaker),
    period: judged(tally.period, period),
    placeRecall: places ? add(tally.placeRecall, places.found, listedPlaces(listed)) : tally.placeRecall,
    placePrecision: places ? add(tally.placePrecision, places.right, places.right + places.wrong.length) : tally.placePrecision,
  };
}

function judged(part: Part, verdict: boolean | null): Part {
  return verdict === null ? part : add(part, Number(verdict), 1);
}

function add(part: Part, hits: number, of: number): Part {
  return { hits: part.hits + hits, of: part.of + of };
}

function listedPlaces(listed: AnnotatedClaim): number {
  return listed.places?.length ?? 0;
}
