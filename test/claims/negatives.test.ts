import { describe, expect, it } from 'vitest';
import { claimsOf } from './expect.js';

/** Sentences with figures that state no displacement, death, injury or disappearance. */
const NEGATIVES: Record<string, string[]> = {
  'figures of people that are not displaced, killed, injured or missing': [
    'Thousands of families are too scared to move for fear of air strikes.',
    'Thousands of residents have been trapped in the besieged city for weeks.',
    'Hundreds of people gathered outside the hospital on Sunday.',
    'Millions of Ukrainians watched the address on television.',
    'The city of Mariupol was once home to 430,000 residents.',
    'The region is home to 2 million residents.',
    'More than 21 million people in Yemen are in need of humanitarian assistance.',
    'Some 2.3 million people are at risk of famine in the region.',
    'The WFP said 17 million people face acute hunger.',
    'The floods have affected 33 million people across Pakistan.',
    'The country has a population of 45 million.',
  ],
  'distances, places, things and money': [
    'The convoy of 30 trucks reached Aden after travelling 300 km.',
    'The army said it had captured more than 300 km of land in the offensive.',
    'Regime forces have captured some 15 villages in the south.',
    'The agency distributed 1,200 tonnes of food to 15 villages.',
    'Donors pledged $5 million for the flood response.',
    'The appeal seeks US$4.3 billion to help 18 million people.',
  ],
  'percentages and shares': [
    'Prices rose by 40 percent in March.',
    'About 10% of the population has fled.',
    'Some 60 percent of the displaced are women and children.',
  ],
  'ages': [
    'A 45-year-old man was killed by shrapnel in Kherson.',
    'The boy, aged 12, was wounded in the strike.',
    'The 12-year-old girl survived.',
  ],
  'parts of another figure and fractions': [
    'One of the victims was a journalist.',
    'One of the soldiers killed was from Lviv.',
    "Two-thirds of the camp's residents are children.",
    'The UN said a third of the population had been displaced.',
    'One in five children in the camp has been displaced more than once.',
  ],
  'phone numbers, years, dates and times': [
    'For information, call the hotline on 0800 555 0199.',
    'Relatives of the missing can call +44 20 7946 0000.',
    'The war began in 2011 and the talks collapsed in 2016.',
    'Since 2011, the country has been at war.',
    'The deal was reached in September 2018.',
    'The ceasefire took effect at 6 a.m. on March 3.',
    'Heavy fighting was reported between December 12 and 25.',
  ],
  'people counted for something else': [
    'The plane carrying 72 passengers crashed near Pokhara.',
    'He said 5 of the 12 ambulances were damaged.',
    'Some 25 people were arrested after the protest.',
    'The hospital treated 300 patients on Monday.',
    'Doctors said 140 casualties had arrived at the hospital by nightfall.',
    'Around 300 migrants were rescued off the coast of Lampedusa.',
    'The camp was built for 20,000 people.',
    'There were 3 cases of cholera in the camp.',
    'The district has four refugee camps and 12 IDP sites.',
  ],
  'labels, magnitudes and figures with no claim verb': [
    'A 7.8-magnitude earthquake struck at 4:17 a.m. local time.',
    'Resolution 2334 was adopted by 14 votes to none.',
    'The government said it would relocate 300,000 people from the flood plain by next year.',
    'Save the Children said the war could push 5 million more children into hunger.',
    'The airstrikes destroyed dozens of medical centers.',
  ],
};

describe('extractClaims negatives', () => {
  it('has at least 40 sentences', () => {
    expect(Object.values(NEGATIVES).flat().length).toBeGreaterThanOrEqual(40);
  });

  describe.each(Object.entries(NEGATIVES))('%s', (_name, sentences) => {
    it.each(sentences)('finds no claim in %j', (sentence) => {
      expect(claimsOf(sentence).map((c) => `${c.kind} ${c.count.text}`)).toEqual([]);
    });
  });

  it('finds no claim in a paragraph made only of non-claims', () => {
    const paragraph = Object.values(NEGATIVES).flat().join(' ');
    expect(claimsOf(paragraph).map((c) => `${c.kind} ${c.count.text}`)).toEqual([]);
  });
});
