import { describe, expect, it } from 'vitest';
import { periodsOf, spanOf } from './helpers.js';

describe('a running total counts from the start of the event the article tells of', () => {
  it('gives an undated death toll the span from the landfall to publication', () => {
    const text = 'The cyclone made landfall on 14 March.\n\nThe disaster agency says 1,200 people have died so far.';
    expect(spanOf(text, '2019-03-25', ['1,200', { kind: 'killed' }])).toEqual(['2019-03-14', '2019-03-25']);
  });

  it('ends a toll at the day it was said when a statement is dated', () => {
    const text = 'The flood hit the valley on 2 August. On 9 August, the Red Cross said 320 people had died.';
    expect(spanOf(text, '2021-08-12', ['320', { kind: 'killed' }])).toEqual(['2021-08-02', '2021-08-09']);
  });

  it('counts a toll from the day its own sentence says the fighting began, to the day it was said', () => {
    const text = 'The fighting that began on 3 April has killed 400 people, the ministry said on Friday.';
    expect(spanOf(text, '2023-04-17', ['400', { kind: 'killed' }])).toEqual(['2023-04-03', '2023-04-14']);
  });

  it('counts a figure from the start of the war its sentence names ("the war that erupted in April")', () => {
    const text = 'The war that erupted in April has driven 2 million people from their homes.';
    expect(spanOf(text, '2023-09-01', '2 million')).toEqual(['2023-04-01', '2023-09-01']);
  });

  it('counts a toll "in the 21 June earthquake" from that day, the quake being the article\'s event', () => {
    const text = 'Officials said 1,030 people had died in the 21 June earthquake.';
    expect(spanOf(text, '2022-06-28', ['1,030', { kind: 'killed' }])).toEqual(['2022-06-21', '2022-06-28']);
  });

  it('gives a toll of an earthquake named by its year that year ("the 1999 Izmit earthquake, which killed ...")', () => {
    const text = 'The toll has passed that of the 1999 Izmit earthquake, which killed some 17,000 people.';
    expect(spanOf(text, '2023-02-14', ['17,000', { kind: 'killed' }])).toEqual(['1999-01-01', '1999-12-31']);
  });

  it('reads "two months of war" from the day the invasion began', () => {
    const text = 'The invasion began on 3 March.\n\nTwo months of war have displaced 600,000 people.';
    expect(spanOf(text, '2023-05-10', '600,000')).toEqual(['2023-03-03', '2023-05-10']);
  });

  it('reads "two months of war" back from publication when the article dates no start', () => {
    expect(spanOf('Two months of war have displaced 600,000 people.', '2023-05-10', '600,000')).toEqual(['2023-03-10', '2023-05-10']);
  });

  it('reaches "in less than three weeks" back to the start of the fighting when it began inside them', () => {
    const text = 'The fighting started on 20 June. In less than three weeks, 90,000 people have fled.';
    expect(spanOf(text, '2024-07-05', '90,000')).toEqual(['2024-06-20', '2024-07-05']);
  });

  it('counts "since then" from the date of the sentence before', () => {
    const text = 'Government troops entered the city on 3 October. About 900 civilians have been killed since then.';
    expect(spanOf(text, '2016-11-20', ['900', { kind: 'killed' }])).toEqual(['2016-10-03', '2016-11-20']);
  });

  it('dates "on the day of the attacks" by the day the attacks were given', () => {
    const text = 'Rebels attacked three towns on 12 May.\n\nOn the day of the attacks, officials put the toll at 48.';
    expect(spanOf(text, '2021-05-20', ['48', { kind: 'killed' }])).toEqual(['2021-05-12', '2021-05-12']);
  });

  it('counts "in the first ten days after the storm" forward from the day the storm hit', () => {
    const text = 'The storm hit the coast on 5 September. Some 20,000 people were displaced in the first ten days after the storm.';
    expect(spanOf(text, '2020-10-01', '20,000')).toEqual(['2020-09-05', '2020-09-14']);
  });

  it('counts "over two days from 12 May" forward from that day', () => {
    expect(spanOf('Over two days from 12 May, 60 people drowned off the coast.', '2021-06-01', ['60', { kind: 'killed' }])).toEqual(['2021-05-12', '2021-05-13']);
  });

  it('gives no span to a standing total ("already hosts")', () => {
    const text = 'The offensive began on 1 June.\n\nJordan, which already hosts 650,000 refugees, has closed its border.';
    expect(spanOf(text, '2018-07-01', '650,000')).toBeNull();
  });

  it('does not start a displacement figure at a death toll\'s start told further on', () => {
    const text = 'A dam was breached, a move that has forced 100,000 people from their homes, aid agencies said.\n\nThe authority said 1,300 people had been killed since mid-June.';
    expect(spanOf(text, '2022-09-07', '100,000')).toBeNull();
  });

  it('gives a headline the span its body tells of the same toll', () => {
    const text = 'Toll rises to 310\n\nThe ministry said on Sunday that 310 people had been killed in the floods since 2 May.';
    const [headline] = periodsOf(text, '2022-05-24', [['310', { kind: 'killed' }], ['310', { kind: 'killed', occurrence: 1 }]]);
    expect(headline && [headline.start, headline.end]).toEqual(['2022-05-02', '2022-05-22']);
  });
});

describe('cut-offs end a span', () => {
  it('ends "since early March" at "as of 30 June" in the same sentence', () => {
    const text = 'As of 30 June, 12,500 refugees had crossed into Chad since early March.';
    expect(spanOf(text, '2023-07-04', '12,500')).toEqual(['2023-03-01', '2023-06-30']);
  });

  it('starts "the period to 16 March" at the offensive the article dates', () => {
    const text = 'The offensive began on 2 March. UNHCR counted 80,000 people displaced in the period to 16 March.';
    expect(spanOf(text, '2022-03-20', '80,000')).toEqual(['2022-03-02', '2022-03-16']);
  });

  it('leaves the start open when the article dates no event ("as of 1 April")', () => {
    expect(spanOf('The survey counted 2.1 million people displaced as of 1 April.', '2022-04-05', '2.1 million')).toEqual([null, '2022-04-01']);
  });

  it('reads "from the start of the attack until midnight on Tuesday" from the day the attack began', () => {
    const text = 'The attack began last Thursday.\n\nMonitors recorded 127 civilians killed from the start of the attack until midnight on Tuesday.';
    expect(spanOf(text, '2022-03-02', ['127', { kind: 'killed' }])).toEqual(['2022-02-24', '2022-03-01']);
  });

  it('takes the date of a list line "(as of 20 May)" as its end and the event as its start', () => {
    const text = 'The floods of 8 May hit four provinces.\n\n- Deaths: more than 410 (as of 20 May)';
    expect(spanOf(text, '2024-05-21', ['410', { kind: 'killed' }])).toEqual(['2024-05-08', '2024-05-20']);
  });
});

describe('ranges read apart by the parsers are joined', () => {
  it('gives the first bound of "between late November and mid-January 2021" the second\'s year', () => {
    const text = 'Some 50,000 people fled between late November and mid-January 2021.';
    expect(spanOf(text, '2021-03-01', '50,000')).toEqual(['2020-11-21', '2021-01-20']);
  });

  it('reads "between Monday and Wednesday" as the latest such days', () => {
    const text = 'At least 85 people were killed between Monday and Wednesday, the health ministry said.';
    expect(spanOf(text, '2024-05-10', ['85', { kind: 'killed' }])).toEqual(['2024-05-06', '2024-05-08']);
  });

  it('joins "From 1 May, when the truce collapsed, to 31 May"', () => {
    const text = 'From 1 May, when the truce collapsed, to 31 May, the monitor recorded 230 civilian deaths.';
    expect(spanOf(text, '2019-06-03', ['230', { kind: 'killed' }])).toEqual(['2019-05-01', '2019-05-31']);
  });

  it('reads "Last week on Tuesday" as the Tuesday of the week before, and "in one day" as no span', () => {
    const text = '"Last week on Tuesday, we had 5,000 people who crossed in one day," the official said.';
    expect(spanOf(text, '2025-03-10', '5,000')).toEqual(['2025-03-04', '2025-03-04']);
  });
});
