import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaims, type Expected } from './expect.js';

const killed = (count: Expected['count']): Expected => ({ kind: 'killed', count });
const displaced = (count: Expected['count']): Expected => ({ kind: 'displaced', count });
const injured = (count: Expected['count']): Expected => ({ kind: 'injured', count });

/** List and table shapes: bracketed figures, key-figures lines, a total then its parts. */
const LISTED: [string, Expected[]][] = [
  // a bracketed figure after a place, in a clause whose people are the claim
  ['Most new arrivals crossed at Renk in Upper Nile State (14,210) during the first week.', [displaced(14210)]],
  ['Displaced families moved on to towns including Sittwe (4,200 people) and Mrauk-U (1,150 people).', [displaced(4200), displaced(1150)]],
  ['Refugees arrived mainly in Adre (9,800) and the Farchana camp (3,400), UNHCR said.', [displaced(9800), displaced(3400)]],
  ['Civilians were killed in Bakhmut (12), Avdiivka (7) and Marinka (3) on Tuesday.', [killed(12), killed(7), killed(3)]],
  // a key-figures line: the figure, a colon, what it counts
  ['KEY FIGURES\n• 52,000: estimated new arrivals in Chad since 15 April\n• 1,136: people killed in the fighting', [displaced(52000), killed(1136)]],
  ['- 2,300: refugees registered at the border', [displaced(2300)]],
  // a total, then a part of it "of them"
  ['Roughly 90,000 people are sheltering in schools, nearly 61,000 of them in Khartoum.', [displaced(90000), displaced(61000)]],
  ['Some 2 million people have been displaced by the floods, and nearly 300,000 of them are still living in tents.', [displaced(2000000), displaced(300000)]],
  ['About 1,200 people have been killed since March, around 400 of them in Kharkiv.', [killed(1200), killed(400)]],
  ['About 1,200 people have been killed since March, 400 of them children.', [killed(1200), killed(400)]],
  // the dead (or wounded) listed after a copula
  ['The dead were 9 police officers, two local officials and 30 farmers.', [killed(9), killed(2), killed(30)]],
  ['The wounded included 12 children, the hospital said.', [injured(12)]],
  // a total named after its figure
  ['This brings to 21,400 the number of families displaced from Marib since January.', [displaced(21400)]],
  ['Medics said 9 people died on Monday, bringing the number of deaths recorded over the past 48 hours to 31.', [killed(9), killed(31)]],
];

/** Same shapes whose figure counts no people, or nothing that is a claim. */
const NOT_LISTED: string[] = [
  'Aid reached Kassala (3 camps) and the convoy (12 trucks) left for Gedaref.',
  'New arrivals were housed in Kassala (3 camps) and Gedaref (5 camps).',
  'The convoy (12) reached Kassala on Friday.',
  'Arrivals at the border have slowed since the rains began in Renk (2021).',
  'KEY FIGURES\n• 3: number of crossings\nPopulation: 2.4 million',
  '• 14: reception centres open in the east',
  'The ceremony starts at 10: 30 and 400 people came.',
  'Chapter 3: Refugees in Chad',
  'The curfew starts at 2200 local time.',
  'The army fired 300 shells, 40 of them at Kharkiv.',
  'The victims were 40 years old on average.',
  'The agency brought to 40 the number of trucks crossing daily.',
];

describe('list and table shapes', () => {
  for (const [text, expected] of LISTED) {
    it(`reads ${JSON.stringify(text.slice(0, 60))} as ${expected.map((e) => `${e.kind} ${e.count}`).join(', ')}`, () => {
      expectClaims(text, expected);
    });
  }
  for (const text of NOT_LISTED) {
    it(`finds no claim in ${JSON.stringify(text.slice(0, 60))}`, () => {
      expect(claimsOf(text).map((claim) => `${claim.kind} ${claim.count.value}`)).toEqual([]);
    });
  }
});
