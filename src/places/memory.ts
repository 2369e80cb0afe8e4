import type { EntrySource, GazetteerEntry } from './entry.js';
import { type GeoRow, parseGeoNamesLine, rowKeys } from './geonames.js';
import { assertPlaceName, placeKey } from './key.js';

/** A place of your own: a village no gazetteer has, a camp, a district. */
export interface PlaceInput {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly lat: number;
  readonly lon: number;
  /** Defaults to "user:" and the name. */
  readonly id?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  readonly admin1?: string;
  readonly population?: number;
}

type DivisionName = (country: string, code: string) => string | null;

/** Places held in memory, from GeoNames lines or a list; indexed by key when first asked. */
export class MemorySource implements EntrySource {
  private index: Map<string, GazetteerEntry[]> | null = null;

  constructor(
    private readonly rows: readonly GeoRow[],
    private readonly places: readonly PlaceInput[],
    private readonly divisionName: DivisionName,
  ) {}

  static fromInputs(geonames: readonly string[], places: readonly PlaceInput[], divisionName: DivisionName): MemorySource {
    const rows = geonames.flatMap((text) => text.split('\n')).map(parseGeoNamesLine).filter((row): row is GeoRow => row !== null);
    places.forEach(checkPlaceInput);
    return new MemorySource(rows, places, divisionName);
  }

  entriesForKey(key: string): readonly GazetteerEntry[] {
    return this.keys().get(key) ?? [];
  }

  keysStartingWith(prefix: string): readonly string[] {
    return [...this.keys().keys()].filter((key) => key.startsWith(prefix));
  }

  country(): GazetteerEntry | null {
    return null;
  }

  admin1(): GazetteerEntry | null {
    return null;
  }

  private keys(): Map<string, GazetteerEntry[]> {
    if (this.index) return this.index;
    const index = new Map<string, GazetteerEntry[]>();
    const add = (keys: readonly string[], entry: GazetteerEntry): void => {
      for (const key of keys) index.set(key, [...(index.get(key) ?? []), entry]);
    };
    for (const row of this.rows) add(rowKeys(row), this.rowEntry(row));
    for (const place of this.places) add(placeKeys(place), placeEntry(place));
    this.index = index;
    return index;
  }

  private rowEntry(row: GeoRow): GazetteerEntry {
    const rank = { PPLC: 5, PPLA: 4, PPLA2: 3 }[row.featureCode] ?? (row.featureClass === 'P' ? 1 : 0);
    const admin1 = row.admin1 ? this.divisionName(row.country, row.admin1) : null;
    const admin1Id = row.admin1 ? `${row.country}.${row.admin1}` : null;
    return { id: row.id, name: row.name, country: row.country || null, admin1, admin1Id, lat: row.lat, lon: row.lon, population: row.population, kind: 'place', rank };
  }
}

function placeKeys(place: PlaceInput): string[] {
  return [...new Set([place.name, ...(place.aliases ?? [])].map(placeKey).filter(Boolean))];
}

function placeEntry(place: PlaceInput): GazetteerEntry {
  return {
    id: place.id ?? `user:${place.name}`, name: place.name, country: place.country ?? null, admin1: place.admin1 ?? null, admin1Id: null,
    lat: place.lat, lon: place.lon, population: place.population ?? 0, kind: 'place', rank: 2,
  };
}

function checkPlaceInput(place: PlaceInput): void {
  if (typeof place !== 'object' || place === null) throw new TypeError(`expected a place { name, aliases, lat, lon }, found ${place === null ? 'null' : typeof place}`);
  assertPlaceName(place.name);
  for (const alias of place.aliases ?? []) assertPlaceName(alias);
  if (typeof place.lat !== 'number' || !(Math.abs(place.lat) <= 90)) throw new RangeError(`expected a latitude in [-90, 90] for ${place.name}, found ${String(place.lat)}`);
  if (typeof place.lon !== 'number' || !(Math.abs(place.lon) <= 180)) throw new RangeError(`expected a longitude in [-180, 180] for ${place.name}, found ${String(place.lon)}`);
}
