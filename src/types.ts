import type { Gazetteer } from './places/gazetteer.js';

/** The public types of claimtally. Every span is a character offset into the input as given. */

export type ClaimKind = 'displaced' | 'killed' | 'injured' | 'missing';

/** The vague magnitudes a figure can have instead of a number ("thousands of"). */
export type VagueMagnitude =
  | 'several'
  | 'dozens'
  | 'scores'
  | 'hundreds'
  | 'thousands'
  | 'tens of thousands'
  | 'hundreds of thousands'
  | 'millions';

/** A piece of the input: `text === input.slice(start, end)`, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A figure, normalised.
 * - "at least 25,000" → value 25000, low 25000, high null
 * - "over 1,300"      → value 1300, low 1301, high null
 * - "nearly 950,000"  → value 950000, low null, high 950000, approximate
 * - "thousands of"    → value 2000, low 2000, high 9999, vague 'thousands'
 */
export interface Count {
  /** The figure as stated; for a vague magnitude, the smallest reading (see README). */
  readonly value: number;
  /** The least the text allows, or null when it sets no lower bound. */
  readonly low: number | null;
  /** The most the text allows, or null when it sets no upper bound. */
  readonly high: number | null;
  /** "some", "about", "nearly", "an estimated"... */
  readonly approximate: boolean;
  /** The vague magnitude, or null for a stated number. */
  readonly vague: VagueMagnitude | null;
  /** The figure's surface form, qualifiers included ("at least 25,000"). */
  readonly text: string;
}

/** `flow`: new displacement or deaths over a span; `stock`: a standing total. */
export type Measure = 'flow' | 'stock';

export type Modality = 'asserted' | 'hedged' | 'projected' | 'negated';

/** What was counted. `persons` is false for families and households. */
export interface Group {
  /** The head noun, singular or plural as written, lower-cased ("civilians", "families"). */
  readonly noun: string;
  /** Whether one unit counted is one person. */
  readonly persons: boolean;
  /** 'person' | 'family' | 'household' */
  readonly unit: 'person' | 'family' | 'household';
}

export type DatePrecision = 'day' | 'month' | 'year';

/** The span a figure covers, inclusive ISO dates (YYYY-MM-DD). */
export interface Period {
  readonly start: string | null;
  readonly end: string | null;
  /** The words the period was read from. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** False when the text is relative ("this month") and no `published` date was given. */
  readonly anchored: boolean;
}

export type PlaceRole = 'origin' | 'destination' | 'location';

export interface Place {
  /** As written in the article. */
  readonly text: string;
  /** The gazetteer's name when resolved, else the text without a leading "the". */
  readonly name: string;
  readonly role: PlaceRole;
  /** The transliteration-folded key (see `placeKey`). */
  readonly key: string;
  readonly id: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly country: string | null;
  readonly admin1: string | null;
}

export type SpeakerKind = 'person' | 'organization' | 'government' | 'armed group' | 'outlet';

export interface Speaker {
  /** The fullest name the article gives ("Mohamed al-Hallaj"), or a canonical one ("OCHA"). */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** "director", "spokesman"... or null. */
  readonly role: string | null;
  /** The organisation a person speaks for, or null. */
  readonly organization: string | null;
  /** Every surface form the article used for this speaker. */
  readonly aliases: readonly string[];
  /** The outlet the speaker talked to ("told Anadolu Agency"), or null. */
  readonly via: string | null;
}

export interface Claim {
  readonly kind: ClaimKind;
  /** The word or phrase that made it a claim of that kind ("fled", "death toll"). */
  readonly term: string;
  readonly count: Count;
  readonly group: Group;
  readonly measure: Measure;
  readonly modality: Modality;
  readonly period: Period | null;
  readonly places: readonly Place[];
  readonly speaker: Speaker | null;
  /** Every place in the text that states this claim, in order. */
  readonly mentions: readonly Span[];
  /** In [0, 1]. */
  readonly confidence: number;
}

/** An organisation to recognise by name (the `organizations` option). */
export interface KnownOrganization {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly aliases?: readonly string[];
}

export interface ExtractOptions {
  /** The article's publication date: the reference for "this month", "on Thursday". */
  readonly published?: string | Date;
  /** The outlet; claims the article makes in its own voice get no speaker either way. */
  readonly source?: string;
  /**
   * Organisations to recognise beside the built-in ones; an entry sharing a built-in name or
   * alias wins. Pass the same array each call (it is indexed once per array).
   */
  readonly organizations?: readonly KnownOrganization[];
  /** Places of your own (villages GeoNames lacks, a country dump), searched before the shipped gazetteer. */
  readonly gazetteer?: Gazetteer;
}
