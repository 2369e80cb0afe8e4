import { placeKey } from './key.js';
import { table } from '../data/table.js';

/** The fields of a GeoNames TSV line (cities500, allCountries, or a country dump) we keep. */
export interface GeoRow {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly featureClass: string;
  readonly featureCode: string;
  readonly country: string;
  readonly admin1: string;
  readonly population: number;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’‘ʿʾ`´ʼ.,()\-]+$/u;
const CODE_LIKE = /^[A-Z]{2,5}$/;
const FEATURE_RANK: Readonly<Record<string, number>> = table({ PPLC: 5, PPLA: 4, PPLA2: 3, PPLA3: 2, PPLA4: 2 });

/** One GeoNames line, or null for a blank or malformed one. */
export function parseGeoNamesLine(line: string): GeoRow | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  const name = f[1] ?? '';
  if (!name || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const names = [name, f[2] ?? '', ...(f[3] ?? '').split(',')].filter(isLatinName);
  return {
    id: f[0] ?? '', name, names, lat, lon,
    featureClass: f[6] ?? '', featureCode: f[7] ?? '', country: f[8] ?? '', admin1: f[10] ?? '',
    population: Number(f[14]) || 0,
  };
}

function isLatinName(name: string): boolean {
  return name.length > 1 && name.length <= 60 && LATIN_NAME.test(name) && !CODE_LIKE.test(name) && /\p{L}/u.test(name);
}

/** The distinct keys of a row's Latin-script names. */
export function rowKeys(row: GeoRow): string[] {
  return [...new Set(row.names.map((name) => (name.trim() ? placeKey(name) : '')).filter(Boolean))];
}

/** A row as one entry line of the compact gazetteer (see scripts/build-gazetteer.ts). */
export function entryLine(row: GeoRow): string {
  const rank = FEATURE_RANK[row.featureCode] ?? (row.featureClass === 'P' ? 1 : 0);
  return [row.id, row.name, row.country, row.admin1, round(row.lat), round(row.lon), row.population, rank].join('\t');
}

const round = (n: number): string => String(Math.round(n * 1000) / 1000);
