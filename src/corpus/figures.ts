/** A share: `hits` of `of`, and their ratio (null when nothing was judged). */
export interface Figure {
  readonly value: number | null;
  readonly hits: number;
  readonly of: number;
}

/** The raw counts behind the figures; they add up across articles. */
export interface Tally {
  /** Listed claims that are not optional. */
  readonly listed: number;
  readonly optional: number;
  readonly extracted: number;
  /** Listed, non-optional claims that an extracted claim matched. */
  readonly matched: number;
  /** Extracted claims that matched an optional claim: neither right nor wrong. */
  readonly matchedOptional: number;
  readonly speaker: Part;
  readonly period: Part;
  readonly placeRecall: Part;
  readonly placePrecision: Part;
}

export interface Part {
  readonly hits: number;
  readonly of: number;
}

export const FIGURE_NAMES = ['precision', 'recall', 'f1', 'speaker', 'period', 'placeRecall', 'placePrecision'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
export type Figures = Readonly<Record<FigureName, Figure>>;

export const EMPTY_TALLY: Tally = {
  listed: 0, optional: 0, extracted: 0, matched: 0, matchedOptional: 0,
  speaker: { hits: 0, of: 0 }, period: { hits: 0, of: 0 }, placeRecall: { hits: 0, of: 0 }, placePrecision: { hits: 0, of: 0 },
};

export function addTallies(a: Tally, b: Tally): Tally {
  const add = (x: Part, y: Part): Part => ({ hits: x.hits + y.hits, of: x.of + y.of });
  return {
    listed: a.listed + b.listed,
    optional: a.optional + b.optional,
    extracted: a.extracted + b.extracted,
    matched: a.matched + b.matched,
    matchedOptional: a.matchedOptional + b.matchedOptional,
    speaker: add(a.speaker, b.speaker),
    period: add(a.period, b.period),
    placeRecall: add(a.placeRecall, b.placeRecall),
    placePrecision: add(a.placePrecision, b.placePrecision),
  };
}

/** Precision over extracted claims not matched to optional ones; recall over non-optional listed claims. */
export function toFigures(tally: Tally): Figures {
  const precision = share({ hits: tally.matched, of: tally.extracted - tally.matchedOptional });
  const recall = share({ hits: tally.matched, of: tally.listed });
  return {
    precision,
    recall,
    f1: harmonicMean(precision, recall),
    speaker: share(tally.speaker),
    period: share(tally.period),
    placeRecall: share(tally.placeRecall),
    placePrecision: share(tally.placePrecision),
  };
}

function share(part: Part): Figure {
  return { ...part, value: part.of === 0 ? null : part.hits / part.of };
}

/** F1 = 2PR / (P + R) = 2·matched / (extracted + listed): 0 when nothing was found, null when nothing was there. */
function harmonicMean(precision: Figure, recall: Figure): Figure {
  return share({ hits: 2 * precision.hits, of: precision.of + recall.of });
}
