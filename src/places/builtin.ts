import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { EntrySource, GazetteerEntry } from './entry.js';
import { KEY_VERSION } from './key.js';
import { Utf8Lines } from './utf8-lines.js';

const FILE = 'gazetteer.tsv.gz';
const [C, A, TAB] = [0x43, 0x41, 0x09];
const BUCKET = 2;

/**
 * The shipped GeoNames gazetteer (see scripts/build-gazetteer.ts for the layout). Loading only
 * unzips the bytes: the sorted key lines (ASCII) become one Latin-1 string, searched by halving;
 * each bucket of keys sharing their first two letters becomes a Map the first time a key in it is
 * asked for; the entry lines stay bytes, and a line is decoded and parsed when a key names it.
 * (Splitting the 220,000 key lines up front cost 20–40 ms of the 200 ms budget; decoding the
 * whole file as UTF-8 cost 30 ms and 27 MB of heap, see utf8-lines.ts.)
 */
export class BuiltInGazetteer implements EntrySource {
  private readonly entries: Utf8Lines;
  private readonly keyText: string;
  private readonly buckets = new Map<string, ReadonlyMap<string, string>>();
  private readonly parsed = new Map<number, GazetteerEntry>();
  private readonly countries = new Map<string, GazetteerEntry>();
  private readonly divisions = new Map<string, GazetteerEntry>();

  constructor(bytes: Buffer) {
    const headerEnd = bytes.indexOf(10);
    const header = bytes.toString('utf8', 0, headerEnd).split('\t');
    if (header[0] !== '#claimtally-gazetteer' || header[1] !== String(KEY_VERSION)) {
      throw new Error(`claimtally: gazetteer data has key version ${header[1] ?? 'none'}, expected ${KEY_VERSION}; run npm run gazetteer`);
    }
    let start = headerEnd + 1;
    while ((bytes[start] === C || bytes[start] === A) && bytes[start + 1] === TAB) {
      const end = bytes.indexOf(10, start);
      this.readRegion(bytes.toString('utf8', start, end));
      start = end + 1;
    }
    const separator = bytes.indexOf('\n=\n', start);
    // a copy, so that the unzipped file itself can be collected
    this.entries = new Utf8Lines(Buffer.from(bytes.subarray(start, separator + 1)));
    this.keyText = bytes.toString('latin1', separator + 3);
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
    const line = this.entries.lineAt(offset);
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
  shared ??= new BuiltInGazetteer(unzip(readFileSync(dataFile())));
  return shared;
}

/**
 * The file unzipped in chunks as large as the gzip trailer says the text is (zlib's 16 KB chunks
 * cost a third more time, in the cold start's budget); the hint is clamped, since a wrong one
 * only changes the chunk size.
 */
function unzip(zipped: Buffer): Buffer {
  const size = zipped.length >= 4 ? zipped.readUInt32LE(zipped.length - 4) : 0;
  return gunzipSync(zipped, { chunkSize: Math.min(Math.max(size, 64 * 1024), 64 * 1024 * 1024) });
}

// From src/places/ (tests, tsx) the file is in src/data/places/; from dist/ beside the bundle.
function dataFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, FILE), join(here, '../data/places', FILE)];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`claimtally: gazetteer data not found; looked in ${candidates.join(', ')}`);
  return found;
}
