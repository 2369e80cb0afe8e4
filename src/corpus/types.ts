import type { ClaimKind, VagueMagnitude } from '../types.js';

/** An ISO date, or `[earliest, latest]` where the text is loose ("since early November"). */
export type DateBound = string | readonly [string, string];

/** One acceptable reading of a claim's period. A null bound: the text leaves that end open. */
export interface PeriodReading {
  readonly start: DateBound | null;
  readonly end: DateBound | null;
}

/** A claim as a careful reader lists it (see corpus/README.md). */
export interface AnnotatedClaim {
  readonly kind: ClaimKind;
  /** A number as stated, or a vague magnitude. */
  readonly count: number | VagueMagnitude;
  readonly group?: string;
  /** Acceptable readings; `null`: the text gives no span; absent: not judged. */
  readonly period?: readonly PeriodReading[] | null;
  readonly places?: readonly string[];
  readonly placesOptional?: readonly string[];
  /** Acceptable names; `null` in the list: the article's own voice. Absent: not judged. */
  readonly speaker?: readonly (string | null)[];
  readonly optional: boolean;
  readonly note?: string;
}

export interface Annotation {
  readonly published: string;
  readonly source?: string;
  readonly claims: readonly AnnotatedClaim[];
}

/** One NAME.txt + NAME.json pair of a corpus folder. */
export interface CorpusArticle {
  readonly name: string;
  readonly text: string;
  readonly annotation: Annotation;
}

/** Something wrong with a corpus folder, naming the file and, for annotations, the field. */
export interface CorpusProblem {
  readonly file: string;
  readonly message: string;
}

export interface Corpus {
  readonly dir: string;
  readonly articles: readonly CorpusArticle[];
  readonly problems: readonly CorpusProblem[];
}
