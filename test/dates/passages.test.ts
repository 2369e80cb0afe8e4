import { describe, expect, it } from 'vitest';
import { periodsOf, spanOf } from './helpers.js';

describe('carrying a span from a neighbouring sentence', () => {
  const exodus = '235,000 civilians fled their homes this month.\n\nOCHA said the exodus took place between December 12 and 25.';

  it('gives "fled this month" the narrower range the next sentence gives the exodus', () => {
    const [period] = periodsOf(exodus, '2019-12-27', ['235,000']);
    expect(period).toMatchObject({ start: '2019-12-12', end: '2019-12-25', text: 'between December 12 and 25', precision: 'day' });
  });

  it('keeps "this month" when the next sentence dates something else', () => {
    const text = '235,000 civilians fled their homes this month. Peace talks were held between December 12 and 15.';
    expect(spanOf(text, '2019-12-27', '235,000')).toEqual(['2019-12-01', '2019-12-27']);
  });

  it('does not take a range that belongs to a figure of its own', () => {
    const text = '235,000 civilians fled this month. OCHA said 100,000 of them fled between December 12 and 25.';
    const [first] = periodsOf(text, '2019-12-27', ['235,000', '100,000']);
    expect(first && [first.start, first.end]).toEqual(['2019-12-01', '2019-12-27']);
  });

  it('does not take a neighbour range wider than the claim\'s own', () => {
    const text = 'Some 4,000 people fled on Dec. 20. The displacement has gone on since early November.';
    expect(spanOf(text, '2019-12-23', '4,000')).toEqual(['2019-12-20', '2019-12-20']);
  });

  it('dates an undated death from the next sentence about the strike', () => {
    const text = 'Five civilians were killed in Talmenes. The strike hit the town on Sunday.';
    expect(spanOf(text, '2019-12-27', ['Five', { kind: 'killed' }])).toEqual(['2019-12-22', '2019-12-22']);
  });

  it('gives a headline figure the span its body gives the same figure', () => {
    const text = '25,000 flee Idlib\n\nSome 25,000 people fled Idlib in the past two days, monitors said.';
    expect(spanOf(text, '2019-12-23', ['25,000', { occurrence: 0 }])).toEqual(['2019-12-21', '2019-12-23']);
  });

  it('keeps a headline\'s own "since November"', () => {
    const text = '205,000 civilians displaced since November\n\nSome 205,000 civilians have fled their homes since early November.';
    const periods = periodsOf(text, '2019-12-23', [['205,000', { occurrence: 0 }], ['205,000', { occurrence: 1 }]]);
    expect(periods.map((p) => p?.text)).toEqual(['since November', 'since early November']);
    expect(periods.map((p) => p?.start)).toEqual(['2019-11-01', '2019-11-01']);
  });

  it('does not join two small figures of different groups', () => {
    const text = 'Two children were killed on Dec. 2.\n\nIn another town, two soldiers were killed.';
    const periods = periodsOf(text, '2019-12-23', [['Two', { kind: 'killed', group: 'children' }], ['two', { kind: 'killed', group: 'soldiers' }]]);
    expect(periods[1]).toBeNull();
  });
});

describe('dating a death from the attack its passage is about', () => {
  it('carries the attack\'s day back through sentences about the strikes', () => {
    const text = [
      'The air attacks Russian jets launched on Dec. 22 claimed five civilian lives in Idlib.',
      'Monitors said Russian warplanes struck the towns of Talmenes and Alteh.',
      'Rescuers said three people were killed in Talmenes from the attacks.',
    ].join('\n\n');
    expect(spanOf(text, '2019-12-23', ['three', { kind: 'killed' }])).toEqual(['2019-12-22', '2019-12-22']);
  });

  it('does not carry it across a sentence about something else', () => {
    const text = 'The air attacks on Dec. 22 killed five people. Aid agencies asked for blankets. Three people were killed in Talmenes.';
    expect(spanOf(text, '2019-12-23', ['Three', { kind: 'killed' }])).toBeNull();
  });

  it('does not give a displacement figure the attack\'s day', () => {
    const text = 'The air attacks on Dec. 22 hit Maarat al-Numan. Over a million Syrians have moved near the border following the attacks.';
    expect(spanOf(text, '2019-12-23', 'a million')).toBeNull();
  });

  it('does not carry a long span as an attack date', () => {
    const text = 'Air strikes have hit Idlib since 2011. Three people were killed in Talmenes.';
    expect(spanOf(text, '2019-12-23', ['Three', { kind: 'killed' }])).toBeNull();
  });
});

describe('moving the reference to the day a statement was made', () => {
  it('counts "in the past two days" back from "said on Sunday"', () => {
    const text = 'The ministry said on Sunday that 40 people had fled in the past two days.';
    expect(spanOf(text, '2019-12-27', '40')).toEqual(['2019-12-20', '2019-12-22']);
  });

  it('keeps the moved reference through the speaker\'s passage', () => {
    const text = [
      'At least 25,000 civilians have fled Idlib, state-run Anadolu Agency reported on Dec. 22.',
      'Hallaj added that his team detected 25,000 people fleeing in the past two days.',
    ].join('\n\n');
    const periods = periodsOf(text, '2019-12-23', [['25,000', { occurrence: 0 }], ['25,000', { occurrence: 1 }]]);
    expect(periods.map((p) => p && [p.start, p.end])).toEqual([
      ['2019-12-20', '2019-12-22'],
      ['2019-12-20', '2019-12-22'],
    ]);
  });

  it('returns to the publication date once the passage stops reporting speech', () => {
    const text = [
      'Anadolu Agency reported on Dec. 20 that the roads were crowded.',
      'Displaced families are in urgent need of tents.',
      'Some 3,000 people fled in the past two days.',
    ].join('\n\n');
    expect(spanOf(text, '2019-12-23', '3,000')).toEqual(['2019-12-21', '2019-12-23']);
  });

  it('does not move the reference to a day after publication', () => {
    const text = 'Officials said on Dec. 30 that 3,000 people fled in the past two days.';
    expect(spanOf(text, '2019-12-23', '3,000')).toEqual(['2019-12-21', '2019-12-23']);
  });

  it('ends a figure dated only by its report at the day of the report', () => {
    const text = 'At least 40 people were killed, the ministry said on Sunday.';
    const [period] = periodsOf(text, '2019-12-27', [['40', { kind: 'killed' }]]);
    expect(period).toMatchObject({ start: null, end: '2019-12-22', text: 'said on Sunday', anchored: true });
  });
});

describe('dates that are not the claim\'s span', () => {
  it('does not date a figure from a deal reached in another sentence', () => {
    const text = 'Moscow and Ankara reached a deal in September 2018. Over 1,300 civilians have been killed in Idlib.';
    expect(spanOf(text, '2019-12-23', ['1,300', { kind: 'killed' }])).toBeNull();
  });

  it('does not date a figure from a deal reached in its own sentence', () => {
    const text = 'Despite a ceasefire agreed in March 2020, some 5,000 people fled Idlib.';
    expect(spanOf(text, '2020-06-01', '5,000')).toBeNull();
  });

  it('counts from the deal when the figure is "since" it', () => {
    const text = 'Since Moscow and Ankara reached a deal in September 2018, over 1,300 civilians have been killed.';
    expect(spanOf(text, '2019-12-23', ['1,300', { kind: 'killed' }])).toEqual(['2018-09-01', '2019-12-23']);
  });

  it('gives no span to a figure whose text has none', () => {
    expect(spanOf('Some 5,000 people fled their homes near Idlib.', '2019-12-23', '5,000')).toBeNull();
  });

  it('does not read "may" or "march" as months', () => {
    expect(spanOf('Some 5,000 people may march to the border.', '2019-12-23', '5,000')).toBeNull();
  });

  it('does not read "between 12 and 25 people" as days', () => {
    const text = 'On Dec. 3, between 12 and 25 people were killed and 5,000 fled.';
    const [period] = periodsOf(text, '2019-12-23', ['5,000']);
    expect(period).toMatchObject({ start: '2019-12-03', end: '2019-12-03' });
  });

  it('does not read a count of 2,019 as a year', () => {
    expect(spanOf('In total 2,019 people fled in the town.', '2019-12-23', '2,019')).toBeNull();
  });
});

describe('without a publication date', () => {
  it('keeps "this month" unresolved and says so, never using today', () => {
    const [period] = periodsOf('Some 5,000 people fled this month.', null, ['5,000']);
    expect(period).toEqual({ start: null, end: null, text: 'this month', precision: 'month', anchored: false });
  });

  it('fixes the start of "since September 2018" and leaves its end open', () => {
    const [period] = periodsOf('Some 5,000 people have fled since September 2018.', null, ['5,000']);
    expect(period).toMatchObject({ start: '2018-09-01', end: null, anchored: false });
  });

  it('resolves a fully stated year', () => {
    const [period] = periodsOf('Some 5,000 people fled in 2019.', null, ['5,000']);
    expect(period).toEqual({ start: '2019-01-01', end: '2019-12-31', text: '2019', precision: 'year', anchored: true });
  });

  it('resolves a day with its year', () => {
    expect(spanOf('Some 5,000 people fled on December 22, 2019.', null, '5,000')).toEqual(['2019-12-22', '2019-12-22']);
  });

  it('leaves a day without its year unresolved', () => {
    const [period] = periodsOf('Some 5,000 people fled on Dec. 22.', null, ['5,000']);
    expect(period).toMatchObject({ start: null, end: null, text: 'Dec. 22', anchored: false });
  });

  it('counts back from a statement dated in full', () => {
    const text = 'Officials said on December 22, 2019 that 3,000 people fled in the past two days.';
    expect(spanOf(text, null, '3,000')).toEqual(['2019-12-20', '2019-12-22']);
  });

  it('still carries the attack date, unresolved', () => {
    const text = 'The air attacks on Dec. 22 killed five people. Rescuers said three people were killed in Talmenes from the attacks.';
    const [period] = periodsOf(text, null, [['three', { kind: 'killed' }]]);
    expect(period).toMatchObject({ start: null, end: null, text: 'Dec. 22', anchored: false });
  });
});

describe('datelines, dated headings and tolls since an event', () => {
  it('reads a dateline as the filing date, not the figure\'s span', () => {
    const text = 'GENEVA, 5 April 2022 - More than 7,100 people have been forced to leave their homes.';
    const [period] = periodsOf(text, '2022-04-05', ['7,100']);
    expect(period).toMatchObject({ start: null, end: '2022-04-05' });
  });

  it('counts a live blog entry\'s weekday from the dated heading above it', () => {
    const text = 'Wednesday 15 May\n\n17:30 - In the five days since the fighting flared on Friday, 454 people were killed, MSF said.';
    expect(spanOf(text, '2024-05-21', ['454', { kind: 'killed' }])).toEqual(['2024-05-10', '2024-05-15']);
  });

  it('starts a toll "since the quake struck" on the day the article gives the quake', () => {
    const text = 'The 7.8 magnitude quake struck southern Turkey on Feb. 6.\n\nMore than 21,000 people have been killed since the earthquake struck, officials said.';
    expect(spanOf(text, '2023-02-10', ['21,000', { kind: 'killed' }])).toEqual(['2023-02-06', '2023-02-10']);
  });

  it('leaves the start open when the article gives the event no day', () => {
    const text = 'At least 2,187 residents have been killed since Russia launched its invasion.';
    const [period] = periodsOf(text, '2022-03-14', [['2,187', { kind: 'killed' }]]);
    expect(period).toMatchObject({ start: null, end: '2022-03-14' });
  });

  it('does not read a count after a date as its year', () => {
    expect(spanOf('On 30 August, 46 people were killed in the village.', '2017-10-01', ['46', { kind: 'killed' }])).toEqual(['2017-08-30', '2017-08-30']);
  });

  it('puts a day-month far after publication in the year before', () => {
    expect(spanOf('Some 5,000 people fled on May 1.', '2020-02-07', '5,000')).toEqual(['2019-05-01', '2019-05-01']);
    expect(spanOf('Some 5,000 people fled on February 12.', '2020-02-07', '5,000')).toEqual(['2020-02-12', '2020-02-12']);
  });
});
