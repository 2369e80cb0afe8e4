import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaims, type Expected } from './expect.js';

const killed = (count: Expected['count'], more: Partial<Expected> = {}): Expected => ({ kind: 'killed', count, ...more });
const displaced = (count: Expected['count'], more: Partial<Expected> = {}): Expected => ({ kind: 'displaced', count, ...more });
const injured = (count: Expected['count'], more: Partial<Expected> = {}): Expected => ({ kind: 'injured', count, ...more });
const missing = (count: Expected['count'], more: Partial<Expected> = {}): Expected => ({ kind: 'missing', count, ...more });
const flow = { measure: 'flow', modality: 'asserted' } as const;
const stock = { measure: 'stock', modality: 'asserted' } as const;

/** Wire copy: a figure, its verb, its people. */
const WIRE: [string, Expected[]][] = [
  ['At least 1,200 people were killed when a 7.8-magnitude earthquake struck southern Turkey and northern Syria on Monday.', [killed(1200, { group: 'people', persons: true, modality: 'asserted' })]],
  ['Fighting in Khartoum and Darfur has forced more than 3 million people to flee their homes since April, the IOM said.', [displaced(3000000, { group: 'people', ...flow })]],
  ['The strike on the market in Kramatorsk killed 11 civilians and wounded 40 others, regional officials said.', [killed(11, { group: 'civilians' }), injured(40, { group: 'others' })]],
  ['Some 40,000 people have crossed into Chad from West Darfur in the past week, according to UNHCR.', [displaced(40000, { group: 'people', ...flow })]],
  ['Between 3,000 and 5,000 people fled the fighting in Marib, officials estimated.', [displaced(3000, flow)]],
  ['Tens of thousands of people fled Kherson as the floodwaters rose.', [displaced('tens of thousands', { group: 'people', ...flow })]],
  ['A dozen soldiers were wounded in the ambush near Mekelle.', [injured(12, { group: 'soldiers' })]],
  ['Two children drowned when their boat capsized off Libya.', [killed(2, { group: 'children', persons: true })]],
  ['The UN estimates that 8 million people have fled Ukraine since February 24.', [displaced(8000000, flow)]],
  ['Local authorities said 2,000 homes had been destroyed and 12,000 people evacuated.', [displaced(12000, { group: 'people', ...flow })]],
  ['Airstrikes killed dozens of civilians in Sanaa, residents said.', [killed('dozens', { group: 'civilians' })]],
  ['Gaza health officials say more than 10,000 Palestinians have been killed.', [killed(10000, { group: 'palestinians', modality: 'asserted' })]],
  ['At least 47 migrants drowned when their boat sank off Yemen, the IOM said.', [killed(47, { group: 'migrants' })]],
  ['The 2015 earthquake killed nearly 9,000 people in Nepal.', [killed(9000)]],
  ['Since 2014, the conflict has displaced 1.5 million people in eastern Ukraine.', [displaced(1500000, flow)]],
  ['In 2019, 33,000 people were displaced by floods in Malawi.', [displaced(33000, flow)]],
  ['Emergency workers evacuated 2,500 residents from the coastal villages.', [displaced(2500, { group: 'residents', ...flow })]],
  ['The earthquake displaced approximately 130,000 people, according to the government.', [displaced(130000, flow)]],
  ['An estimated 110,000 Sudanese have sought refuge in Chad since fighting began.', [displaced(110000, { group: 'sudanese', ...flow })]],
  ['The UNHCR said that more than 600,000 Rohingya had crossed into Bangladesh since August 25.', [displaced(600000, { group: 'rohingya', ...flow })]],
  ['Twenty-five migrants died of dehydration in the desert, the IOM said.', [killed(25, { group: 'migrants' })]],
  ['Two hundred and fifty thousand people have been evacuated from coastal areas ahead of the cyclone.', [displaced(250000, flow)]],
  ['Ukraine\u2019s interior ministry said around 70 people were killed in the missile strike on Dnipro.', [killed(70, { modality: 'asserted' })]],
  ['At least 112 people lost their lives in the floods, the ministry said.', [killed(112)]],
  ['The floods, which have killed more than 1,000 people, also destroyed crops.', [killed(1000)]],
  ['The Syrian Observatory for Human Rights said 14 fighters died in the clashes.', [killed(14, { group: 'fighters' })]],
  ['Security forces killed three militants in a raid, the army said.', [killed(3, { group: 'militants' })]],
];

/** A part of a figure stated as a figure is a claim of its own, as a report's reader counts it. */
const PARTS: [string, Expected[]][] = [
  ['Seven people, including three children, were killed in the strike, the Red Crescent said.', [killed(7, { group: 'people' }), killed(3, { group: 'children' })]],
  ['The shelling killed at least 20 people, including five children.', [killed(20, { group: 'people' }), killed(5, { group: 'children' })]],
  ['Two of the children who died were siblings.', [killed(2, { group: 'children' })]],
  ['According to UNICEF, around 300,000 of those displaced since January are children.', [displaced(300000)]],
  ['Among the dead were 30 boys and 15 girls, the ministry said.', [killed(30, { group: 'boys' }), killed(15, { group: 'girls' })]],
  ['The hospital received 120 wounded; 14 of them died overnight.', [injured(120), killed(14)]],
];

/** Situation reports, monitors and press releases: bullets, labels, totals. */
const REPORTS: [string, Expected[]][] = [
  ['- 4,500 households displaced by flooding in Beledweyne district', [displaced(4500, { group: 'households', persons: false, ...flow })]],
  ['\u2022 1.2m people displaced since 15 April', [displaced(1200000, { group: 'people', ...flow })]],
  ['- Deaths: 1,234', [killed(1234)]],
  ['- Newly displaced: 12,500 people', [displaced(12500, { group: 'people' })]],
  ['Heavy rain displaced some 500 families in Ituri province.', [displaced(500, { group: 'families', persons: false })]],
  ['More than 1,000 families have fled the town, local leaders said.', [displaced(1000, { group: 'families', persons: false, ...flow })]],
  ['The monitor documented the deaths of 45 civilians in Idlib last month.', [killed(45, { group: 'civilians' })]],
  ['In a statement, MSF said its teams had treated 87 wounded people overnight.', [injured(87, { group: 'people' })]],
  ['Medecins Sans Frontieres said it had treated 1,500 wounded since the offensive began.', [injured(1500)]],
  ['Over the weekend, 23 bodies washed ashore near Tobruk.', [killed(23, { group: 'bodies' })]],
  ['Save the Children said 3 million children had been forced from their homes.', [displaced(3000000, { group: 'children', ...flow })]],
  ['Aid groups said at least 30,000 people had been left homeless by the fighting.', [displaced(30000, flow)]],
];

/** The counted fact said without "killed": lives, tolls, totals. */
const TOLLS: [string, Expected[]][] = [
  ['Floods have claimed 32 lives across the province since Sunday.', [killed(32, { group: 'lives' })]],
  ['The air raids on Friday claimed five civilian lives in the east of the city.', [killed(5, { group: 'lives' })]],
  ['The death toll from Cyclone Mocha rose to 145 on Wednesday, state media reported.', [killed(145)]],
  ['The ministry put the death toll at 3,400.', [killed(3400)]],
  ['Officials said the toll had climbed to 5,000 by Friday.', [killed(5000)]],
  ['Officials fear the death toll, now at 300, could rise further.', [killed(300, { modality: 'asserted' })]],
  ['The toll stands at 56 dead and 120 injured.', [killed(56), injured(120)]],
  ['Gaza\u2019s health ministry said the number of displaced had reached 1.9 million.', [displaced(1900000)]],
  ['The quake left at least 2,000 people dead and 10,000 injured.', [killed(2000), injured(10000)]],
  ['The clashes left 3 dead and 14 wounded.', [killed(3), injured(14)]],
  ['Hurricane Dorian left 70,000 people homeless in the Bahamas.', [displaced(70000, { group: 'people', ...flow })]],
  ['The storm killed 15 people in Haiti and left 2,000 homeless.', [killed(15), displaced(2000, flow)]],
  ['The landslide claimed the lives of eleven villagers in Papua New Guinea.', [killed(11, { group: 'villagers' })]],
  ['The number of people killed by the floods in Libya has risen to 4,300, the Red Crescent said.', [killed(4300)]],
  ['Divers recovered the bodies of 26 fishermen near Mogadishu.', [killed(26, { group: 'fishermen' })]],
  ['Two more patients passed away in the hospital overnight.', [killed(2, { group: 'patients' })]],
  ['- Loss of life in Morocco: more than 2,900', [killed(2900)]],
  ['- Residents evacuated from the flood zone: about 42,000', [displaced(42000)]],
];

/** Injured and missing. */
const HURT_AND_MISSING: [string, Expected[]][] = [
  ['At least 17 people remain missing after the landslide in Kerala.', [missing(17, { group: 'people' })]],
  ['More than 200 people are still unaccounted for after the mudslide.', [missing(200)]],
  ['Roughly 1,300 people have been reported missing since the storm made landfall.', [missing(1300)]],
  ['Cyclone Idai killed more than 600 people in Mozambique, and hundreds more are missing.', [killed(600), missing('hundreds')]],
  ['Hundreds more people were reported missing on Thursday.', [missing('hundreds')]],
  ['Nine were confirmed dead and 19 remain missing, the coast guard said.', [killed(9), missing(19)]],
  ['Police said 31 people were injured, nine of them seriously.', [injured(31)]],
  ['Around 20 people were wounded, two of them critically.', [injured(20)]],
  ['Nobody was killed in the blast, but 14 people were hurt.', [injured(14, { modality: 'asserted' })]],
  ['At least 9 people died and 30 were injured after the building collapsed.', [killed(9), injured(30)]],
];

/** Stocks (a standing total) against flows (new movement). */
const STOCKS: [string, Expected[]][] = [
  ['Ethiopia is home to 4.2 million internally displaced persons, according to the IOM.', [displaced(4200000, stock)]],
  ['Turkey hosts 3.6 million refugees, the largest refugee population in the world.', [displaced(3600000, { group: 'refugees', ...stock })]],
  ['Uganda has taken in more than 1.5 million refugees.', [displaced(1500000, stock)]],
  ['Nearly 950,000 Rohingya refugees live in camps around Cox\u2019s Bazar.', [displaced(950000, { group: 'refugees', ...stock })]],
  ['Lebanon hosts an estimated 1.5 million Syrian refugees.', [displaced(1500000, stock)]],
  ['Sudan now has 7.1 million internally displaced people, the largest displacement crisis in the world.', [displaced(7100000, stock)]],
  ['About 2,000 refugees are living in tents in Adr\u00e9.', [displaced(2000, stock)]],
  ['Roughly 80,000 people are sheltering in schools and mosques across Derna.', [displaced(80000, stock)]],
  ['More than 12,000 people crossed the river into Burundi in two days.', [displaced(12000, flow)]],
  ['More than 4,000 households, over 25,000 people, have been displaced from the district since May.', [displaced(4000, { group: 'households', persons: false }), displaced(25000, { group: 'people' })]],
  ['Over 50,000 refugees arrived in Moldova in a single day.', [displaced(50000, { group: 'refugees', ...flow })]],
];

/** Gapped coordination: the second figure shares the first one's verb. */
const GAPPING: [string, Expected[]][] = [
  ['Four people were killed in Bakhmut and six in Kostiantynivka on Tuesday.', [killed(4, { group: 'people' }), killed(6, { group: 'people' })]],
  ['Shelling hit the two towns, killing four in Bakhmut and six in Kostiantynivka.', [killed(4), killed(6)]],
  ['Four people were killed in Bakhmut, six in Kostiantynivka and two in Siversk.', [killed(4), killed(6), killed(2)]],
  ['Three soldiers died in Mekelle and two in Adigrat, the statement said.', [killed(3, { group: 'soldiers' }), killed(2, { group: 'soldiers' })]],
  ['Ten people were killed in Hodeidah while 20 were wounded in Taiz.', [killed(10), injured(20)]],
  ['About 40 were killed and 60 wounded in the ambush.', [killed(40), injured(60)]],
  ['Of the wounded, 300 were hurt in Kharkiv and 95 elsewhere.', [injured(300), injured(95)]],
  ['Some 9,000 fled to Uganda and about 2,000 to Rwanda.', [displaced(9000), displaced(2000)]],
  ['The survey found 52,000 displaced people in Amhara, another 8,500 in Afar.', [displaced(52000), displaced(8500)]],
];

/** What the text does to the figure: denies it, projects it, hedges it. */
const MODALITY: [string, Expected[]][] = [
  ['The army denied that 40 civilians were killed in the raid.', [killed(40, { modality: 'negated' })]],
  ['The militia denied killing 60 villagers in the attack.', [killed(60, { modality: 'negated' })]],
  ['The offensive could force a million more people to flee, aid agencies warned.', [displaced(1000000, { modality: 'projected' })]],
  ['Around 1 million people could be displaced if the dam breaks.', [displaced(1000000, { modality: 'projected' })]],
  ['Government troops reportedly killed 23 villagers in the Sagaing region.', [killed(23, { group: 'villagers', modality: 'hedged' })]],
  ['Up to 400,000 people may have been displaced by the fighting, officials said.', [displaced(400000, { modality: 'hedged' })]],
  ['As many as 500 people may have died in the collapse, according to unconfirmed reports.', [killed(500, { modality: 'hedged' })]],
  ['Police said 14 people are feared dead after the landslide.', [killed(14, { modality: 'hedged' })]],
  ['Reports that 100 people were killed were not confirmed.', [killed(100, { modality: 'hedged' })]],
  ['Health authorities said 4,200 people had been killed, a figure that could not be independently verified.', [killed(4200, { modality: 'hedged' })]],
  // the denial stands further back than the words read near the claim
  ['The ministry flatly denied rumours in the capital that 40 civilians were killed.', [killed(40, { modality: 'negated' })]],
  // a verification with no negation before it doubts nothing
  ['Twelve people were killed on Sunday, confirmed the governor.', [killed(12, { modality: 'asserted' })]],
];

/** Figures in the sentence that are not claims, beside one that is. */
const MIXED: [string, Expected[]][] = [
  ['The convoy of 30 trucks reached the camp, where 2,000 people have fled since Monday.', [displaced(2000)]],
  ['Idlib is home to some 2.4 million locals and 1.3 million internally displaced persons.', [displaced(1300000, stock)]],
  ['One of the victims was a journalist, and 12 others were killed in the same strike.', [killed(12)]],
  ['Donors pledged $5 million after the floods displaced 80,000 people.', [displaced(80000, flow)]],
  ['The 12-year-old girl was one of 30 people wounded in the attack.', [injured(30)]],
  ['Some 60 percent of the 200,000 people who fled are women and children.', [displaced(200000)]],
];

const TABLES = [
  ['wire copy', WIRE],
  ['parts of a figure', PARTS],
  ['reports and monitors', REPORTS],
  ['tolls and lives', TOLLS],
  ['injured and missing', HURT_AND_MISSING],
  ['stocks and flows', STOCKS],
  ['gapped coordination', GAPPING],
  ['modality', MODALITY],
  ['figures among non-claims', MIXED],
] as const;

describe('extractClaims on single sentences', () => {
  it('has at least 50 sentences that make claims', () => {
    expect(TABLES.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(50);
  });

  describe.each(TABLES)('%s', (_name, rows) => {
    it.each(rows)('reads %j', (sentence, expected) => {
      expectClaims(sentence, expected);
    });
  });
});

describe('extractClaims on a repeated figure', () => {
  const text = [
    'Floods displace 40,000 in Malawi',
    '',
    'At least 40,000 people have been displaced by floods in southern Malawi, the government said on Monday.',
    '',
    '\u201cWe have counted 40,000 people displaced so far,\u201d a spokesman for the disaster agency said. Another 12 people were killed.',
  ].join('\n');

  it('merges the headline, the lead and the quote into one claim with three mentions', () => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.kind, c.count.value, c.mentions.length])).toEqual([['displaced', 40000, 3], ['killed', 12, 1]]);
  });

  it('keeps every mention as a slice of the input, in order', () => {
    const [claim] = claimsOf(text);
    const mentions = claim?.mentions ?? [];
    expect(mentions.map((m) => m.text)).toEqual(['displace 40,000', 'At least 40,000 people have been displaced', '40,000 people displaced']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('keeps a figure repeated with a different kind apart', () => {
    const claims = claimsOf('Some 300 people fled the village. Officials said 300 people were killed there last year.');
    expect(claims.map((c) => c.kind)).toEqual(['displaced', 'killed']);
  });

  it('keeps a denied figure apart from the same figure asserted', () => {
    const claims = claimsOf('Rebels said 40 civilians were killed. The army denied that 40 civilians were killed.');
    expect(claims.map((c) => c.modality)).toEqual(['asserted', 'negated']);
  });
});

describe('extractClaims on the count it reports', () => {
  it('keeps the qualifier and bounds of the figure', () => {
    const [claim] = claimsOf('Since the deal, over 1,300 civilians have been killed in the region.');
    expect(claim?.count).toEqual({ value: 1300, low: 1301, high: null, approximate: false, vague: null, text: 'over 1,300' });
  });

  it('reads the vague magnitude with its inferred range', () => {
    const [claim] = claimsOf('Thousands of people fled the town overnight.');
    expect(claim?.count).toMatchObject({ vague: 'thousands', value: 2000, low: 2000, high: 9999 });
  });

  it('names the term that made the claim', () => {
    expect(claimsOf('At least 112 people lost their lives in the floods.')[0]?.term).toBe('lost their lives');
    expect(claimsOf('The death toll rose to 145.')[0]?.term).toBe('death toll');
  });

  it('gives every claim a confidence in [0, 1] and empty later-stage fields only where no stage answered', () => {
    for (const claim of claimsOf('Reports say 100 people were killed and 2,000 fled the town.')) {
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(claim.places)).toBe(true);
    }
  });
});
