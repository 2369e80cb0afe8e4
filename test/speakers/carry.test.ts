import { describe, expect, it } from 'vitest';
import { speakersOf } from './candidate.js';

const names = (text: string, figures: string[]) => speakersOf(text, figures).map((s) => s?.name ?? null);

describe('speakers: carrying a speaker over its paragraph', () => {
  it('carries a speaker to the next sentences of the same paragraph', () => {
    const text = 'Olena Kovalenko, the head of the regional military administration, said the strike hit a school. Eight people were killed and 23 wounded. Rescue work continues.';
    expect(names(text, ['Eight', '23'])).toEqual(['Olena Kovalenko', 'Olena Kovalenko']);
  });

  it('carries the source of "according to the figures X provided" to the sentences after it', () => {
    const text = 'According to the figures Abdullah al-Hassan provided, 2,000 families reached Marib this month. Another 450 households arrived in Sirwah.';
    expect(names(text, ['2,000', '450'])).toEqual(['Abdullah al-Hassan', 'Abdullah al-Hassan']);
  });

  it('does not carry a speaker into the next paragraph', () => {
    const text = 'The WFP said 18 million people faced acute hunger.\n\nMore than 600 people have been killed in Khartoum since April.';
    expect(names(text, ['18 million', '600'])).toEqual(['WFP', null]);
  });

  it('does not carry a speaker into a paragraph that names another source', () => {
    const text = 'The Sudanese army said it had repelled the attack.\n\nThe RSF, for its part, said 90 soldiers were killed in the fighting.';
    expect(names(text, ['90'])).toEqual(['Rapid Support Forces']);
  });

  it('switches speaker inside a paragraph when another source is named', () => {
    const text = 'Palestinian health officials said 31 people were killed in Jabalia. The Israeli military said it had killed 12 militants there.';
    expect(names(text, ['31', '12'])).toEqual(['Palestinian health officials', 'IDF']);
  });

  it('reads "He added that" in the next paragraph as the same person', () => {
    const text = 'Ali Hamdan, a rescuer with the civil defence, said the building collapsed at dawn.\n\nHe added that 17 bodies had been recovered.';
    expect(names(text, ['17'])).toEqual(['Ali Hamdan']);
  });

  it('keeps a quote that runs over two sentences with its speaker', () => {
    const text = '"The shelling did not stop all night. By morning we had buried 40 people," said Aung Kyaw, a village elder in Sagaing.';
    expect(names(text, ['40'])).toEqual(['Aung Kyaw']);
  });

  it('gives a quote its speaker when the speaker stands before it', () => {
    const text = 'Dr. Mahmoud Abu Shamala told reporters: "We received 75 wounded in one hour. Most were children."';
    expect(names(text, ['75'])).toEqual(['Mahmoud Abu Shamala']);
  });

  it('gives both halves of a quote split by its speaker to that speaker', () => {
    const text = '"We counted 210 bodies," said Khalid Omar, a volunteer in Geneina. "Another 90 are missing."';
    expect(names(text, ['210', '90'])).toEqual(['Khalid Omar', 'Khalid Omar']);
  });

  it('continues a quote into the next paragraph that opens with a quote mark', () => {
    const text = 'Sara Ibrahim, an MSF nurse, said: "The wards are full.\n\n"Since Friday we have lost 16 patients to the cold."';
    expect(names(text, ['16'])).toEqual(['Sara Ibrahim']);
  });

  it('gives each of two speakers in one sentence its own clause', () => {
    const text = 'The health ministry said 44 people were killed, while the army said 19 of its soldiers died.';
    expect(names(text, ['44', '19'])).toEqual(['health ministry', 'army']);
  });

  it('gives a clause before "X said" and one after "Y said" to the right speakers', () => {
    const text = 'Some 5,000 people fled Sittwe, the Arakan Army said, but the junta said only 300 had left.';
    expect(names(text, ['5,000', '300'])).toEqual(['Arakan Army', 'junta']);
  });
});
