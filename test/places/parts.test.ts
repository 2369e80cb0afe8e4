import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';

const placesOf = (text: string): string[][] =>
  extractClaims(text, { published: '2024-01-10' }).map((claim) => claim.places.map((place) => place.text));

describe('a figure in brackets after a place', () => {
  it('takes the place just before its bracket, not the rest of the list: "Iligan (2,400 people) and Tagoloan (1,150 people)"', () => {
    const places = placesOf('Families fled Marawi toward other towns in the Philippines, including Iligan (2,400 people) and Tagoloan (1,150 people).');
    expect(places).toEqual([['Iligan'], ['Tagoloan']]);
  });

  it('takes the place with the region it is said to lie in: "Adre in Ouaddai (15,000 people)"', () => {
    expect(placesOf('Most refugees reached Adre in Ouaddai (15,000 people), the agency said.')).toEqual([['Adre', 'Ouaddai']]);
  });

  it('does not take the name before a bracket that names its own place: "Beledweyne (and 730 people in Jowhar)"', () => {
    expect(placesOf('The floods displaced 2,000 people in Beledweyne (and 730 people in Jowhar) last week.')).toEqual([['Beledweyne'], ['Jowhar']]);
  });
});

describe('a part placed in its own clause does not lend its place to its total', () => {
  it('leaves the total without the part\'s place: "9,000 killed since April, around 4,000 of them in Khartoum"', () => {
    expect(placesOf('About 9,000 people have been killed across the country since April, around 4,000 of them in Khartoum.')).toEqual([[], ['Khartoum']]);
  });

  it('does the same for "of whom": "1,800 displaced, 700 of whom in Kassala"', () => {
    expect(placesOf('Some 1,800 people were displaced by the floods last week, 700 of whom in Kassala.')).toEqual([[], ['Kassala']]);
  });

  it('still lends a place that follows the part\'s clause: "11 civilians, six of whom were children, in Avdiivka"', () => {
    expect(placesOf('Shelling killed 11 civilians, six of whom were children, in Avdiivka on Friday.')).toEqual([['Avdiivka'], ['Avdiivka']]);
  });

  it('still lends between figures that are not parts: "killed 40 people and injured 60 in Mogadishu"', () => {
    expect(placesOf('The attack killed 40 people and injured 60 in Mogadishu.')).toEqual([['Mogadishu'], ['Mogadishu']]);
  });
});
