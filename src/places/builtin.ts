import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { EntrySource, GazetteerEntry } from './entry.js';
import { KEY_VERSION } from './key.js';

const FILE = 'gazetteer.tsv.gz';

/**
 * The shipped GeoNames gazetteer, read on first use: entry lines stay text until a key names
 * them; the key index is one Map built once.
 */
export class BuiltInGazetteer implements EntrySource {
  private readonly entryLines: readonly string[];
  private readonly parsed: (GazetteerEntry | undefined)[] = [];
  private readonly keyLines: readonly string[];
  private readonly byKey = new Map<string, number>();
  private readonly countries = new Map<string, GazetteerEntry>();
  private readonly divisions = new Map<string, GazetteerEntry>();
  private readonly sortedKeys: readonly string[];

  constructor(text: string) {
    const lines = text.split('\n');
    const header = lines[0]?.split('\t') ?? [];
    if (header[0] !== '#claimtally-gazetteer' || header[1] !== String(KEY_VERSION)) {
      throw new Error(`gazetteer data: expected key version ${KEY_VERSION}, found ${header[1] ?? 'no header'}; run npm run gazetteer`);
    }
    const separator = lines.indexOf('=');
    let first = 1;
    while (first < separator && (lines[first]?.startsWith('C\t') || lines[first]?.startsWith('A\t'))) this.readRegion(lines[first++] ?? '');
    this.entryLines = lines.slice(first, separator);
    this.keyLines = lines.slice(separator + 1).filter(Boolean);
    this.sortedKeys = this.keyLines.map((line) => line.slice(0, line.indexOf('\t')));
    this.sortedKeys.forEach((key, n) => this.byKey.set(key, n));
  }

  entriesForKey(key: string): readonly GazetteerEntry[] {
    const n = this.byKey.get(key);
    if (n === undefined) return [];
    const line = this.keyLines[n] ?? '';
    return line.slice(line.indexOf('\t') + 1).split(',').map((number) => this.entry(parseInt(number, 36)));
  }

  keysStartingWith(prefix: string): readonly string[] {
    const keys = this.sortedKeys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < keys.length && keys[end]?.startsWith(prefix)) end++;
    return keys.slice(lo, end);
  }

  country(code: string): GazetteerEntry | null {
    return this.countries.get(code) ?? null;
  }

  admin1(country: string, code: string): GazetteerEntry | null {
    return this.divisions.get(`${country}.${code}`) ?? null;
  }

  private entry(n: number): GazetteerEntry {
    const cached = this.parsed[n];
    if (cached) return cached;
    const [id = '', name = '', country = '', admin1 = '', lat, lon, population, rank] = (this.entryLines[n] ?? '').split('\t');
    const entry: GazetteerEntry = {
      id, name, country: country || null, admin1: this.divisions.get(`${country}.${admin1}`)?.name ?? null,
      lat: Number(lat), lon: Number(lon), population: Number(population) || 0, kind: 'place', rank: Number(rank) || 0,
    };
    this.parsed[n] = entry;
    return entry;
  }

  private readRegion(line: string): void {
    const [type, code = '', name = '', a, b] = line.split('\t');
    const country = code.slice(0, 2);
    const kind = type === 'A' ? 'admin1' : 'country';
    const entry: GazetteerEntry = { id: code, name, country, admin1: kind === 'admin1' ? name : null, lat: Number(a), lon: Number(b), population: 0, kind, rank: 6 };
    (kind === 'admin1' ? this.divisions : this.countries).set(code, entry);
  }
}

let shared: BuiltInGazetteer | null = null;

/** The shipped gazetteer, loaded once per process on first use. */
export function builtInGazetteer(): BuiltInGazetteer {
  shared ??= new BuiltInGazetteer(gunzipSync(readFileSync(dataFile())).toString('utf8'));
  return shared;
}

// From src/places/ (tests) the file is in src/data/places/; from dist/ (the package) beside the bundle.
function dataFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, FILE), join(here, '../data/places', FILE)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`claimtally: gazetteer data not found; looked in ${candidates.join(', ')}`);
  return found;
}
