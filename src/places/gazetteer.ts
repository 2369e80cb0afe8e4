import { builtInGazetteer } from './builtin.js';
import type { EntrySource, GazetteerEntry } from './entry.js';
import { MemorySource, type PlaceInput } from './memory.js';

export interface GazetteerOptions {
  /** Text of GeoNames dumps (a country file such as SY.txt, in the standard tab-separated format). */
  readonly geonames?: string | readonly string[];
  /** Places of your own, `{ name, aliases, lat, lon }`. */
  readonly places?: readonly PlaceInput[];
  /** Also search the shipped GeoNames cities500 gazetteer (default true). */
  readonly builtIn?: boolean;
}

/**
 * The places names resolve against. Your own places come first, then the shipped GeoNames
 * gazetteer. Each instance is separate: adding places to one changes no other, nor the default.
 *
 * @example
 * const gazetteer = new Gazetteer({ places: [{ name: 'Talmenes', aliases: ['Telmanas'], lat: 35.6, lon: 36.7 }] })
 * resolvePlace('Telamnas', { gazetteer })?.entry.name //=> 'Talmenes'
 */
export class Gazetteer {
  private readonly own: MemorySource;
  private readonly builtIn: boolean;

  constructor(options: GazetteerOptions = {}) {
    if (typeof options !== 'object' || options === null) throw new TypeError('expected gazetteer options as an object');
    const geonames = typeof options.geonames === 'string' ? [options.geonames] : options.geonames ?? [];
    this.builtIn = options.builtIn ?? true;
    this.own = MemorySource.fromInputs(geonames, options.places ?? [], (country, code) => this.admin1(country, code)?.name ?? null);
  }

  entriesForKey(key: string): readonly GazetteerEntry[] {
    return this.sources().flatMap((source) => source.entriesForKey(key));
  }

  keysStartingWith(prefix: string): readonly string[] {
    return [...new Set(this.sources().flatMap((source) => source.keysStartingWith(prefix)))];
  }

  country(code: string): GazetteerEntry | null {
    return this.builtIn ? builtInGazetteer().country(code) : null;
  }

  admin1(country: string, code: string): GazetteerEntry | null {
    return this.builtIn ? builtInGazetteer().admin1(country, code) : null;
  }

  /** Every country the gazetteer names, by ISO code. */
  countryCodes(): readonly string[] {
    return this.builtIn ? builtInGazetteer().countryCodes() : [];
  }

  private sources(): EntrySource[] {
    return this.builtIn ? [this.own, builtInGazetteer()] : [this.own];
  }
}

let standard: Gazetteer | null = null;

/** The shipped gazetteer alone, shared by every call that passes none. */
export function defaultGazetteer(): Gazetteer {
  standard ??= new Gazetteer();
  return standard;
}
