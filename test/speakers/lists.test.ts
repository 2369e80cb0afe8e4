import { describe, expect, it } from 'vitest';
import { speakerName, speakersOf } from './candidate.js';

describe('a source bracket closing a line or sentence', () => {
  it("reads '(UNHCR, 3 March)' at the end of a key-figures line as UNHCR's", () => {
    expect(speakerName('KEY FIGURES\n• 42,000: refugees arrived in Chad since 15 April (UNHCR, 3 March)', '42,000')).toBe('UNHCR');
  });
  it("reads '(Source: WHO)' at the end of a sentence as the WHO's", () => {
    expect(speakerName('Cholera has killed 1,250 people in Malawi this year (Source: WHO).', '1,250')).toBe('WHO');
  });
  it("reads a labelled bracket naming an unlisted body: '(Source: Provincial Disaster Office)'", () => {
    expect(speakerName('Floods displaced 8,000 households in Sindh (Source: Provincial Disaster Office).', '8,000')).toBe('Provincial Disaster Office');
  });
  it("does not read '(3 camps)' as a source", () => {
    expect(speakerName('About 12,500 people sheltered in Dadaab (3 camps).', '12,500')).toBeNull();
  });
  it("does not read a bare number '(14,210)' as a source", () => {
    expect(speakerName('Returns to Kherson rose to 5,300 people last week (14,210).', '5,300')).toBeNull();
  });
  it("does not read '(see map)' as a source", () => {
    expect(speakerName('Some 900 families fled villages north of Goma (see map).', '900')).toBeNull();
  });
  it('does not take a bracket in the middle of a sentence for the whole line', () => {
    expect(speakerName('About 700 people (UNICEF counts 300 children among them) reached Renk by boat.', '700')).toBeNull();
  });
  it('lets a cue in the sentence win over nothing but keeps its own frame', () => {
    expect(speakerName('Local officials said 60 people were missing after the landslide (see photo).', '60')).toBe('Local officials');
  });
});

describe('a list heading carries to its items', () => {
  const SITREP = 'Key figures (OCHA):\n• 230,000 people displaced in Cabo Delgado\n• 1,400 killed since January\n\nA bus crash killed 14 people on Sunday.';
  it("gives 'Key figures (OCHA):' to every item of its list", () => {
    expect(speakersOf(SITREP, ['230,000', '1,400']).map((s) => s?.name ?? null)).toEqual(['OCHA', 'OCHA']);
  });
  it('stops carrying where the list ends', () => {
    expect(speakerName(SITREP, '14')).toBeNull();
  });
  it("gives 'According to IOM:' to the items below it", () => {
    expect(speakerName('According to IOM:\n- 18,000 people have fled Tillabéri\n- 2,100 crossed into Benin', '2,100')).toBe('IOM');
  });
  it("does not pass one item's source to the next item", () => {
    const text = 'HIGHLIGHTS\n- According to UNICEF, 40,000 children are out of school.\n- At least 95 civilians were killed in the past month.';
    expect(speakerName(text, '95')).toBeNull();
  });
});

describe("a programme named as a known organisation's", () => {
  it("reads 'WFP's Vulnerability Analysis and Mapping (VAM)' as the WFP, by its acronym too", () => {
    const text = "WFP's Vulnerability Analysis and Mapping (VAM) unit surveyed markets in Aden. VAM reported that 3,200 households had run out of food.";
    const [speaker] = speakersOf(text, ['3,200']);
    expect(speaker?.name).toBe('WFP');
    expect(speaker?.aliases).toContain('VAM');
  });
  it("reads 'IOM's Displacement Tracking Matrix (DTM) identified' as IOM's count", () => {
    expect(speakerName("In Borno, IOM's Displacement Tracking Matrix (DTM) identified 4,870 newly displaced people.", '4,870')).toBe('IOM');
  });
  it("leaves an unlisted owner's programme as its own organisation", () => {
    expect(speakerName("Kivu Watch's Security Tracker (KST) documented 31 killings in Beni.", '31')).not.toBe('IOM');
  });
  it('does not read a passive "were found" as a source', () => {
    expect(speakerName('The bodies of 23 migrants were found on the beach near Sabratha.', '23')).toBeNull();
  });
});
