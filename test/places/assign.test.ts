import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';

const placesOf = (text: string): { text: string; role: string; country: string | null }[][] =>
  extractClaims(text, { published: '2024-01-10' }).map((claim) => claim.places.map(({ text: t, role, country }) => ({ text: t, role, country })));

describe('assignPlaces', () => {
  it('reads "fled X toward Y" as an origin and a destination', () => {
    expect(placesOf('Some 25,000 people fled Saraqeb toward the Turkish border.')).toEqual([[
      { text: 'Saraqeb', role: 'origin', country: 'SY' },
      { text: 'Turkish border', role: 'destination', country: 'TR' },
    ]]);
  });

  it('gives each figure of a gapped sentence its own place', () => {
    const places = placesOf('Medics said four people were killed in Kafr Nubl and six in Telamnas on Monday, Syria said.');
    expect(places.map((list) => list.map((p) => p.text))).toEqual([['Kafr Nubl'], ['Telamnas']]);
  });

  it('reads "sought refuge in X" as a destination and "in X" of a death toll as a location', () => {
    const places = placesOf('In Sudan, more than 12,000 people were killed in El Fasher. About 40,000 people have fled and sought refuge in Tawila.');
    expect(places[0]?.find((p) => p.text === 'El Fasher')?.role).toBe('location');
    expect(places[1]).toEqual([{ text: 'Tawila', role: 'destination', country: null }]);
  });

  it('reads a directional region and a division: "northern Gaza", "Kharkiv oblast"', () => {
    const places = placesOf('At least 30 people were killed in northern Gaza. Some 2,000 residents fled Kharkiv oblast, Ukraine said.');
    expect(places[0]?.map((p) => p.text)).toEqual(['northern Gaza']);
    expect(places[1]?.[0]).toMatchObject({ text: 'Kharkiv oblast', role: 'origin', country: 'UA' });
  });

  it('does not read countries that act as places: "Russia and Iran are killing"', () => {
    const places = placesOf('Russia and Iran are killing thousands of civilians, the minister said.');
    expect(places.flat()).toEqual([]);
  });

  it('reads a host country as the destination: "Turkey has taken in"', () => {
    expect(placesOf('Turkey has taken in over 3.7 million Syrians who fled their country.')).toEqual([[{ text: 'Turkey', role: 'destination', country: 'TR' }]]);
  });
});
