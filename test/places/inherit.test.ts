import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';

const placesOf = (text: string): string[][] =>
  extractClaims(text, { published: '2024-01-10' }).map((claim) => claim.places.map((place) => place.text));

describe('a claim whose own part names no place takes the place of its passage', () => {
  it('takes the place of the sentence before it in its paragraph', () => {
    expect(placesOf('A drone strike hit Bakhmut on Sunday. Nine people were killed, officials said.')).toEqual([['Bakhmut']]);
  });

  it('does not take a place across a paragraph', () => {
    expect(placesOf('A drone strike hit Bakhmut on Sunday.\n\nNine people were killed, officials said.')).toEqual([[]]);
  });

  it('does not take a place into a list item', () => {
    expect(placesOf('Shelling hit Kherson overnight.\n• Nine people were killed, officials said.')).toEqual([[]]);
  });

  it('does not take the place people fled from or to as where a death happened', () => {
    expect(placesOf('Some 4,000 people fled Bakhmut toward Kramatorsk last week. Nine people died on the road.').at(-1)).toEqual([]);
  });

  it('takes the place named earlier in its own sentence: "struck X on Wednesday, killing nine"', () => {
    expect(placesOf('Artillery struck a market in El Obeid on Wednesday, killing at least nine people, medics said.')).toEqual([['El Obeid']]);
  });

  it('takes the next figure\'s place when both share it: "killed 40 and injured 60 in X"', () => {
    expect(placesOf('The attack killed 40 people and injured 60 in Mogadishu.')).toEqual([['Mogadishu'], ['Mogadishu']]);
  });

  it('takes the place of a trailing part: "killed 12 people, four of them children, in the town of X"', () => {
    expect(placesOf('Air strikes killed 12 people, four of them children, in the town of Maungdaw, residents said.')).toEqual([['Maungdaw'], ['Maungdaw']]);
  });

  it('does not give a total the places of its parts: "31 lives, including six in X and four in Y"', () => {
    const places = placesOf('Landslides claimed 31 lives, including six in Kalimpong and four in Darjeeling.');
    expect(places[0]).toEqual([]);
    expect(places.slice(1)).toEqual([['Kalimpong'], ['Darjeeling']]);
  });

  it('gives a figure said to be elsewhere no place: "and 80 elsewhere"', () => {
    expect(placesOf('Floods killed 120 people in Beledweyne and 80 elsewhere.')).toEqual([['Beledweyne'], []]);
  });
});

describe('reading place mentions', () => {
  it('reads a site named before a facility noun: "the Bureij market", "the Jumhuriya hospital"', () => {
    expect(placesOf('Seven people were killed at the Bureij market, medics said.')).toEqual([['Bureij market']]);
    expect(placesOf('Ali Saleh, director of the Jumhuriya hospital in the east of the city, said it had received 14 bodies.')).toEqual([['Jumhuriya hospital']]);
  });

  it('reads "the strikes on X" and "the attack on X" as places', () => {
    expect(placesOf('At least 30 people were killed in the strikes on Deir al-Balah.')).toEqual([['Deir al-Balah']]);
  });

  it('reads a country after "in neighbouring" and a name after "Across"', () => {
    expect(placesOf('In neighbouring Chad, 20 refugees have died of cholera.')).toEqual([['Chad']]);
    expect(placesOf('Across Somalia, the toll from the drought has reached 43,000.')).toEqual([['Somalia']]);
  });

  it('reads every name of a list cued by its last: "Zaporizhzhia and Kherson regions: 200 killed"', () => {
    expect(placesOf('Zaporizhzhia and Kherson regions: 200 civilians were killed there.')[0]).toEqual(['Zaporizhzhia', 'Kherson regions']);
  });

  it('reads a host named before a relative clause: "Uganda, which hosts 1.5 million refugees"', () => {
    expect(placesOf('Uganda, which hosts 1.5 million refugees, has appealed for aid.')).toEqual([['Uganda']]);
  });
});

describe('names that are no place of the claim', () => {
  it('drops a known armed group read as a name: "the Hezbollah attack", "Houthis"', () => {
    expect(placesOf('Israel says 12 people were killed in the Hezbollah attack.')).toEqual([[]]);
  });

  it('drops the seat of the one who gives the figure: "the ministry in Khartoum said", "told reporters in Geneva"', () => {
    expect(placesOf('The health ministry in Khartoum said 40 people had been killed.')).toEqual([[]]);
    expect(placesOf('A spokesman told reporters in Geneva on Friday that 23 people had died.')).toEqual([[]]);
  });
});
