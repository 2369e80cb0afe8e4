/** One place the gazetteer knows. */
export interface GazetteerEntry {
  /** GeoNames id ("169389"), ISO code for a country ("SY"), "SY.12" for a division, or yours. */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code, or null when unknown. */
  readonly country: string | null;
  /** The first-level division (named after its seat), or null. */
  readonly admin1: string | null;
  /** Its id ("SY.12"), or null. */
  readonly admin1Id: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number;
  readonly kind: 'place' | 'admin1' | 'country';
  /** 5 capital, 4 seat of a division, 3–2 seat of a lower division, 1 other populated place, 0 other. */
  readonly rank: number;
}

/** What a gazetteer answers: every entry one key names, cheapest first. */
export interface EntrySource {
  entriesForKey(key: string): readonly GazetteerEntry[];
  /** Every key that starts with `prefix`, for the fuzzy search. */
  keysStartingWith(prefix: string): readonly string[];
  country(code: string): GazetteerEntry | null;
  admin1(country: string, code: string): GazetteerEntry | null;
}
