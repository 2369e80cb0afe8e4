import { describe, expect, it } from 'vitest';
import { periodsOf, spanOf } from './helpers.js';

describe('list and table lines take the span of their section heading', () => {
  const report = [
    'DAILY FLOOD REPORT',
    'DEATHS IN THE PAST 48 HOURS',
    '- North Darfur: 31 deaths',
    '- South Darfur: 12 deaths',
    '',
    'CUMULATIVE SINCE 1 JULY',
    '- Deaths: 540',
    '',
    'ROADS',
    '- Eleven people were injured in a bus crash on the main road.',
  ].join('\n');

  it('gives each line under "DEATHS IN THE PAST 48 HOURS" the past two days', () => {
    const periods = periodsOf(report, '2020-08-20', [['31', { kind: 'killed' }], ['12', { kind: 'killed' }]]);
    expect(periods.map((p) => p && [p.start, p.end])).toEqual([
      ['2020-08-18', '2020-08-20'],
      ['2020-08-18', '2020-08-20'],
    ]);
  });

  it('gives a line under "CUMULATIVE SINCE 1 JULY" the span since then', () => {
    expect(spanOf(report, '2020-08-20', ['540', { kind: 'killed' }])).toEqual(['2020-07-01', '2020-08-20']);
  });

  it('ends a section at the next heading in capitals', () => {
    expect(spanOf(report, '2020-08-20', ['Eleven', { kind: 'injured' }])).toBeNull();
  });

  it('dates the lines of a list by the line that introduces it', () => {
    const text = 'Since 1 June, the agency has recorded these arrivals:\n- 4,200 people in Marib\n- 1,900 people in Aden';
    expect(spanOf(text, '2018-07-01', '1,900')).toEqual(['2018-06-01', '2018-07-01']);
  });

  it('does not make a headline in sentence case a section heading', () => {
    const text = 'UN says 8,000 uprooted since March\n\nTurkey, which already hosts 4 million refugees, has closed its border.';
    expect(spanOf(text, '2020-05-01', '4 million')).toBeNull();
  });
});

describe('a figure carries the span of the passage it continues', () => {
  it('gives a part of a toll ("Among the dead were ...") the toll\'s span', () => {
    const text = 'The ministry said 240 people were killed between 3 and 9 May. Among the dead were 35 children.';
    const periods = periodsOf(text, '2021-05-12', [['240', { kind: 'killed' }], ['35', { kind: 'killed', group: 'children' }]]);
    expect(periods[1] && [periods[1].start, periods[1].end]).toEqual(['2021-05-03', '2021-05-09']);
  });

  it('gives "N of the dead" the span of the toll before it', () => {
    const text = 'At least 410 people died in a week of clashes, officials said. The army said 380 of the dead were fighters.';
    const periods = periodsOf(text, '2019-04-08', [['410', { kind: 'killed' }], ['380', { kind: 'killed' }]]);
    expect(periods[1] && [periods[1].start, periods[1].end]).toEqual(['2019-04-01', '2019-04-08']);
  });

  it('gives a figure later in the paragraph that dates nothing the span of the one before ("It also counted ...")', () => {
    const text = 'The agency said on 5 May that 12,000 people had fled since 1 May. It also counted 3,000 people displaced in Gedaref.';
    const periods = periodsOf(text, '2023-05-09', ['12,000', '3,000']);
    expect(periods[1] && [periods[1].start, periods[1].end]).toEqual(['2023-05-01', '2023-05-05']);
  });

  it('does not carry a span into the next paragraph that way', () => {
    const text = 'The agency said on 5 May that 12,000 people had fled since 1 May.\n\nIn Chad, 40 families were evacuated by boat.';
    const periods = periodsOf(text, '2023-05-09', ['12,000', '40']);
    expect(periods[1]).toBeNull();
  });

  it('runs a death dated by its attack to the day the toll was told', () => {
    const text = 'The landslide buried the village on 2 August. On 9 August, the Red Cross said 320 people had died.';
    expect(spanOf(text, '2021-08-12', ['320', { kind: 'killed' }])).toEqual(['2021-08-02', '2021-08-09']);
  });

  it('gives a death under a live blog\'s day heading, in an attack told without a date, that day', () => {
    const text = 'TUESDAY 4 JUNE\n\n14:20 Market shelled\nAt least 14 people were killed when a shell hit the market.';
    expect(spanOf(text, '2024-06-05', ['14', { kind: 'killed' }])).toEqual(['2024-06-04', '2024-06-04']);
  });

  it('does not carry an attack\'s day to deaths told "in another town"', () => {
    const text = 'Shelling hit the market on 2 June, killing nine.\n\nIn another town, 14 people were killed.';
    const periods = periodsOf(text, '2024-06-05', [['nine', { kind: 'killed' }], ['14', { kind: 'killed' }]]);
    expect(periods[1]).toBeNull();
  });
});

describe('the clause around a figure decides which date is its span', () => {
  it('takes the attack\'s day over the span of the count of incidents in the sentence before', () => {
    const text = 'The worst single attack recorded by monitors in the past three months remains the shelling of the market on 9 June. Twelve civilians were killed and 40 injured.';
    expect(spanOf(text, '2022-07-01', ['Twelve', { kind: 'killed' }])).toEqual(['2022-06-09', '2022-06-09']);
  });

  it('reads "told the council in New York today that ..." as the day of the statement', () => {
    const text = 'The minister told the UN Security Council in New York today that 2,300 people have been killed since January.';
    expect(spanOf(text, '2024-03-04', ['2,300', { kind: 'killed' }])).toEqual(['2024-01-01', '2024-03-04']);
  });

  it('reads "reported in March that ... in 2022" by the year, not the report\'s month', () => {
    const text = 'A panel of experts reported in March that some 12,000 people were killed in the city in 2022.';
    expect(spanOf(text, '2023-06-01', ['12,000', { kind: 'killed' }])).toEqual(['2022-01-01', '2022-12-31']);
  });

  it('reads "On 22 June, the UN estimated that ..." as the day of the estimate', () => {
    const text = 'The offensive began on 13 June. On 22 June, the UN estimated that 40,000 people had fled.';
    expect(spanOf(text, '2018-07-05', '40,000')).toEqual(['2018-06-13', '2018-06-22']);
  });

  it('reads a tally "carried on Saturday by" an agency as the day it was relayed, and takes the range it covers', () => {
    const text = 'At least 600 people have been killed since the fighting erupted, the ministry said. The tally, carried on Saturday by the state news agency, covers deaths from 15 to 27 April.';
    expect(spanOf(text, '2023-05-01', ['600', { kind: 'killed' }])).toEqual(['2023-04-15', '2023-04-27']);
  });

  it('does not narrow a stated start by a neighbour\'s date ("since ... March 2015")', () => {
    const text = 'Forces paused the offensive last month. The war has killed more than 10,000 people since the coalition intervened in March 2015.';
    expect(spanOf(text, '2018-08-03', ['10,000', { kind: 'killed' }])).toEqual(['2015-03-01', '2018-08-03']);
  });

  it('reads "killed since the invasion began, ..., as the convoy left on Monday" by its own clause', () => {
    const text = 'The invasion began on 24 February.\n\nAt least 2,100 residents have been killed since Russia launched its invasion, the council said, as a convoy left on Monday.';
    expect(spanOf(text, '2022-03-14', ['2,100', { kind: 'killed' }])).toEqual(['2022-02-24', '2022-03-14']);
  });
});
