import { describe, expect, it } from 'vitest';
import { speakersOf } from './candidate.js';

describe('speakers: one speaker, many names', () => {
  it('joins a defined acronym, the acronym and "it" into one organisation', () => {
    const text = [
      'The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said the exodus began on Monday.',
      'About 60,000 people have fled the Nuba Mountains, OCHA said.',
      '"Another 4,000 have crossed into South Sudan," it said.',
    ].join('\n\n');
    const [first, second] = speakersOf(text, ['60,000', '4,000']);
    expect(first?.name).toBe('OCHA');
    expect(second?.name).toBe('OCHA');
    expect(first?.aliases).toEqual(expect.arrayContaining(['United Nations Office for the Coordination of Humanitarian Affairs', 'OCHA']));
    expect(first?.aliases).not.toContain('it');
  });

  it('resolves an acronym that only the article defines', () => {
    const text = 'The Emergency Lawyers Group (ELG) documented the attack. ELG said 47 civilians were killed in Wad Madani.';
    const [speaker] = speakersOf(text, ['47']);
    expect(speaker?.name).toBe('Emergency Lawyers Group');
    expect(speaker?.aliases).toEqual(expect.arrayContaining(['ELG']));
  });

  it('chains a full name, the surname, "the director" and "the organization", with role and organisation', () => {
    const text = [
      'Fatima Yousef, director of the Darfur Relief Network, told Al Jazeera that the camps were overflowing.',
      'Yousef added that 12,000 people had arrived in Adre in three days.',
      'The director also said that 30 children had died of malnutrition.',
      'The organization counted 2,500 new arrivals on Sunday alone.',
    ].join('\n\n');
    const speakers = speakersOf(text, ['12,000', '30', '2,500']);
    for (const speaker of speakers) {
      expect(speaker?.name).toBe('Fatima Yousef');
      expect(speaker?.kind).toBe('person');
      expect(speaker?.role).toBe('director');
      expect(speaker?.organization).toBe('Darfur Relief Network');
      expect(speaker?.via).toBe('Al Jazeera');
    }
    expect(speakers[0]?.aliases).toEqual(['Fatima Yousef', 'Yousef', 'The director', 'The organization']);
  });

  it('gives "he" to the last person named, not to an organisation between', () => {
    const text = 'Ahmed Saleh, a local council member, said the shelling continued. The White Helmets said rescuers were still digging. He said 14 people were killed.';
    expect(speakersOf(text, ['14'])[0]?.name).toBe('Ahmed Saleh');
  });

  it('gives "it" to the last organisation, not to a person between', () => {
    const text = 'UNICEF said schools had closed. Its regional director, Adele Khodr, visited the camps. In a later statement it said 1,200 children had been displaced.';
    expect(speakersOf(text, ['1,200'])[0]?.name).toBe('UNICEF');
  });

  it('reads role and organisation from a title before the name', () => {
    const [speaker] = speakersOf('Gaza health ministry spokesman Ashraf al-Qudra said 35 people were killed overnight.', ['35']);
    expect(speaker).toMatchObject({ name: 'Ashraf al-Qudra', kind: 'person', role: 'spokesman', organization: 'Gaza health ministry' });
  });

  it('reads role and organisation from an apposition after the name', () => {
    const [speaker] = speakersOf('Jens Laerke, a spokesman for the UN humanitarian office, said 9,000 people had fled.', ['9,000']);
    expect(speaker).toMatchObject({ name: 'Jens Laerke', role: 'spokesman', organization: 'OCHA' });
  });

  it('reads the known organisation before a role and a name', () => {
    const [speaker] = speakersOf('UNHCR chief Filippo Grandi said 100 million people were now forcibly displaced worldwide.', ['100 million']);
    expect(speaker).toMatchObject({ name: 'Filippo Grandi', role: 'chief', organization: 'UNHCR' });
  });

  it('reads "via" from the outlet a person told', () => {
    const [speaker] = speakersOf('Hussein Bakri told Anadolu Agency that 60 families fled Rafah overnight.', ['60']);
    expect(speaker).toMatchObject({ name: 'Hussein Bakri', via: 'Anadolu Agency' });
  });

  it('keeps the fullest name when a surname comes first', () => {
    const text = 'Guterres said 2,000 aid workers remained. UN Secretary-General Antonio Guterres later said 300 staff had been killed.';
    const speakers = speakersOf(text, ['2,000', '300']);
    expect(speakers[1]?.name).toBe('Antonio Guterres');
  });

  it('gives "they" to the last group of people named', () => {
    const text = 'Residents of Derna said the dams burst at night. They said 300 bodies had washed up on the shore.';
    expect(speakersOf(text, ['300'])[0]).toMatchObject({ name: 'Residents', kind: 'person' });
  });

  it('reads a name before an age as the speaker', () => {
    const [speaker] = speakersOf('Amina Haroun, 34, said 12 of her neighbours were killed when the shell hit.', ['12']);
    expect(speaker).toMatchObject({ name: 'Amina Haroun', kind: 'person' });
  });

  it('gives the canonical name and kind of a known armed group', () => {
    const [speaker] = speakersOf('The RSF said its fighters had killed 200 soldiers near Omdurman.', ['200']);
    expect(speaker).toMatchObject({ name: 'Rapid Support Forces', kind: 'armed group' });
  });

  it('tells a government speaker from an organisation', () => {
    const [speaker] = speakersOf('Sudan\'s Ministry of Health said 1,500 people had died of cholera.', ['1,500']);
    expect(speaker).toMatchObject({ name: 'Ministry of Health', kind: 'government' });
  });
});
