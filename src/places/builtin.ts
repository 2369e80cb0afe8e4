import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { EntrySource, GazetteerEntry } from './entry.js';
import { KEY_VERSION } from './key.js';

const FILE = 'gazetteer.tsv.gz';
const BUCKET = 2;

/**
 * The shipped GeoNames gazetteer (see scripts/build-gazetteer.ts for the layout). Loading only
 * unzips the text: the sorted key lines are searched by halving within the one string, each
 * bucket of keys sharing their first two letters becomes a Map the first time a key in it is
 * asked for, and an entry line is parsed when a key names it. (Splitting the 220,000 key lines
 * up front cost 20–40 ms of the 200 ms budget.)
 */
export class BuiltInGazetteer implements EntrySource {
  private readonly entries: string;
  private readonly keyText: string;
  private readonly buckets = new Map<string, ReadonlyMap<string, string>>();
  private readonly parsed = new Map<number, GazetteerEntry>();
  private readonly countries = new Map<string, GazetteerEntry>();
  private readonly divisions = new Map<string, GazetteerEntry>();

  constructor(text: string) {
    const headerEnd = text.indexOf('\n');
    const header = text.slice(0, headerEnd).split('\t');
    if (header[0] !== '#claimtally-gazetteer' || header[1] !== String(KEY_VERSION)) {
      throw new Error(`claimtally: gazetteer data has key version ${header[1] ?? 'none'}, expected ${KEY_VERSION}; run npm run gazetteer`);
    }
    let start = headerEnd + 1;
    while (text.startsWith('C\t', start) || text.startsWith('A\t', start)) {
      const end = text.indexOf('\n', start);
      this.readRegion(text.slice(start, end));
      start = end + 1;
    }
    const separator = text.indexOf('\n=\n', start);
    this.entries = text.slice(start, separator + 1);
    this.keyText = text.slice(separator + 3);
  }

  entriesForKey(key: string): readonly GazetteerEntry[] {
    const offsets = this.bucket(key.slice(0, BUCKET)).get(key);
    return offsets === undefined ? [] : offsets.split(',').map((offset) => this.entry(parseInt(offset, 36)));
  }

  keysStartingWith(prefix: string): readonly string[] {
    if (prefix.length >= BUCKET) return [...this.bucket(prefix.slice(0, BUCKET)).keys()].filter((key) => key.startsWith(prefix));
    return this.linesBetween(prefix).map(keyOf);
  }

  country(code: string): GazetteerEntry | null {
    return this.countries.get(code) ?? null;
  }

  countryCodes(): readonly string[] {
    return [...this.countries.keys()];
  }

  admin1(country: string, code: string): GazetteerEntry | null {
    return this.divisions.get(`${country}.${code}`) ?? null;
  }

  private bucket(prefix: string): ReadonlyMap<string, string> {
    const known = this.buckets.get(prefix);
    if (known) return known;
    const bucket = new Map<string, string>();
    for (const line of this.linesBetween(prefix)) {
      const tab = line.indexOf('\t');
      bucket.set(line.slice(0, tab), line.slice(tab + 1));
    }
    this.buckets.set(prefix, bucket);
    return bucket;
  }

  /** The key lines whose key starts with `prefix`. */
  private linesBetween(prefix: string): string[] {
    const start = this.lineAtOrAfter(prefix);
    const end = this.lineAtOrAfter(`${prefix}\uffff`);
    return end > start ? this.keyText.slice(start, end - 1).split('\n') : [];
  }

  /** The offset of the first key line whose key is not below `key`, halving over the text. */
  private lineAtOrAfter(key: string): number {
    const text = this.keyText;
    // lo and hi are line starts; the line holding mid starts at lo or after
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const end = text.indexOf('\n', start);
      const lineEnd = end < 0 ? text.length : end;
      if (keyOf(text.slice(start, lineEnd)) < key) lo = Math.min(lineEnd + 1, text.length);
      else hi = start;
    }
    return lo;
  }

  private entry(offset: number): GazetteerEntry {
    const cached = this.parsed.get(offset);
    if (cached) return cached;
    const line = this.entries.slice(offset, this.entries.indexOf('\n', offset));
    const [id = '', name = '', country = '', admin1 = '', lat, lon, population, rank] = line.split('\t');
    const entry: GazetteerEntry = {
      id, name, country: country || null, admin1: this.divisions.get(`${country}.${admin1}`)?.name ?? null, admin1Id: admin1 ? `${country}.${admin1}` : null,
      lat: Number(lat), lon: Number(lon), population: Number(population) || 0, kind: 'place', rank: Number(rank) || 0,
    };
    this.parsed.set(offset, entry);
    return entry;
  }

  private readRegion(line: string): void {
    const [type, code = '', name = '', lat, lon] = line.split('\t');
    const kind = type === 'A' ? 'admin1' : 'country';
    const entry: GazetteerEntry = {
      id: code, name, country: code.slice(0, 2), admin1: kind === 'admin1' ? name : null, admin1Id: kind === 'admin1' ? code : null,
      lat: Number(lat), lon: Number(lon), population: 0, kind, rank: 6,
    };
    (kind === 'admin1' ? this.divisions : this.countries).set(code, entry);
  }
}

const keyOf = (line: string): string => line.slice(0, line.indexOf('\t'));

let shared: BuiltInGazetteer | null = null;

/** The shipped gazetteer, loaded once per process on first use. */
export function builtInGazetteer(): BuiltInGazetteer {
  shared ??= new BuiltInGazetteer(gunzipSync(readFileSync(dataFile())).toString('utf8'));
  return shared;
}

// From src/places/ (tests, tsx) the file is in src/data/places/; from dist/ beside the bundle.
function dataFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, FILE), join(here, '../data/places', FILE)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`claimtally: gazetteer data not found; looked in ${candidates.join(', ')}`);
  return found;
}
