import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/index.js';
import { assignSpeakers, readOrganizations } from '../../src/speakers/index.js';
import { candidateFor, speakersOf } from './candidate.js';

describe('speakers: outlets and the article\'s own voice', () => {
  it('makes a relaying outlet the speaker when nobody else is named', () => {
    const [speaker] = speakersOf('At least 18 people were killed in a drone strike on a market in Omdurman, Reuters reported.', ['18']);
    expect(speaker).toMatchObject({ name: 'Reuters', kind: 'outlet' });
  });

  it('prefers the named source an outlet cites, and keeps the outlet as "via"', () => {
    const [speaker] = speakersOf('State news agency SANA reported that 9 people were killed, citing a police source in Homs.', ['9']);
    expect(speaker?.name).toBe('police source');
    expect(speaker?.via).toBe('SANA');
  });

  it('gives a figure the outlet relays the speaker who gave the outlet the same figure', () => {
    const text = 'At least 3,400 people fled Kherson, state broadcaster Ukrinform reported.\n\nRegional governor Oleksandr Prokudin told Ukrinform that 3,400 people had been evacuated.';
    const doc = readDocument(text);
    const speakers = assignSpeakers(doc, [candidateFor(doc, '3,400', 1, 'displaced'), candidateFor(doc, '3,400', 2, 'displaced')], {});
    expect(speakers.map((s) => s?.name)).toEqual(['Oleksandr Prokudin', 'Oleksandr Prokudin']);
    expect(speakers[0]?.via).toBe('Ukrinform');
  });

  it('gives a bare headline figure the speaker of the same figure in the body', () => {
    const text = 'Floods displace 40,000 in Sindh\n\nThe provincial disaster authority said 40,000 people had been displaced in Sindh.';
    const doc = readDocument(text);
    const speakers = assignSpeakers(doc, [candidateFor(doc, '40,000', 1, 'displaced'), candidateFor(doc, '40,000', 2, 'displaced')], {});
    expect(speakers.map((s) => s?.name)).toEqual(['provincial disaster authority', 'provincial disaster authority']);
  });

  it('does not lend a speaker to a different figure of the same kind', () => {
    const text = 'OCHA said 12,000 people fled.\n\nAnother 7,000 people fled Kassala.';
    expect(speakersOf(text, ['12,000', '7,000']).map((s) => s?.name ?? null)).toEqual(['OCHA', null]);
  });

  it('reads an outlet named as the article\'s source as its own voice', () => {
    const text = 'At least 21 people were killed in the storm, Anadolu Agency reported.';
    expect(speakersOf(text, ['21'], { source: 'Anadolu Agency' })[0]).toBeNull();
    expect(speakersOf(text, ['21'], { source: 'Anadolu' })[0]).toBeNull();
    expect(speakersOf(text, ['21'], { source: 'Reuters' })[0]?.name).toBe('Anadolu Agency');
  });

  it('gives a bare figure no speaker, with or without a source', () => {
    const text = 'Over 1,300 civilians have been killed in the region since the truce.';
    expect(speakersOf(text, ['1,300'])[0]).toBeNull();
    expect(speakersOf(text, ['1,300'], { source: 'Reuters' })[0]).toBeNull();
  });
});

describe('speakers: organisations users add', () => {
  it('recognises a user organisation by its aliases and gives its canonical name and kind', () => {
    const organizations = [{ name: 'Response Coordinators Team', kind: 'organization' as const, aliases: ['Syria Response Coordinators', 'RCT'] }];
    const text = 'The Syria Response Coordinators said 4,500 people fled Saraqib. RCT later said 200 more families arrived in Sarmada.';
    const speakers = speakersOf(text, ['4,500', '200'], { organizations });
    expect(speakers.map((s) => s?.name)).toEqual(['Response Coordinators Team', 'Response Coordinators Team']);
    expect(speakers[0]?.aliases).toEqual(['Syria Response Coordinators', 'RCT']);
  });

  it('lets a user entry override a built-in one', () => {
    const organizations = [{ name: 'UN OCHA', kind: 'organization' as const, aliases: ['OCHA'] }];
    expect(speakersOf('OCHA said 500 people were killed.', ['500'], { organizations })[0]?.name).toBe('UN OCHA');
    expect(speakersOf('OCHA said 500 people were killed.', ['500'])[0]?.name).toBe('OCHA');
  });

  it('matches short capital acronyms only in capitals', () => {
    const text = 'Those who said 30 people died were not named.';
    expect(speakersOf(text, ['30'])[0]).toBeNull();
  });
});

describe('speakers: the organizations option is checked', () => {
  it('accepts undefined and a well-formed list, returning the same list', () => {
    const list = [{ name: 'Darfur Relief Network', kind: 'organization', aliases: ['DRN'] }];
    expect(readOrganizations(undefined)).toBeUndefined();
    expect(readOrganizations(list)).toBe(list);
  });

  it('throws a TypeError naming the bad entry and what was expected', () => {
    expect(() => readOrganizations('OCHA')).toThrow(/"organizations" to be an array/);
    expect(() => readOrganizations([{ name: '' , kind: 'organization' }])).toThrow(/organizations\[0\]\.name/);
    expect(() => readOrganizations([{ name: 'X', kind: 'ngo' }])).toThrow(/organizations\[0\]\.kind to be one of/);
    expect(() => readOrganizations([{ name: 'X', kind: 'outlet', aliases: [1] }])).toThrow(TypeError);
  });
});
