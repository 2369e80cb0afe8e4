import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/speakers/registry.js';
import type { Entity, Mention } from '../../src/speakers/types.js';
import { speakersOf } from './candidate.js';

const mention = (name: string): Mention => ({
  span: { start: 0, end: name.length, text: name }, form: 'name', name, kind: 'person', role: null, organization: null, extraAliases: [], known: false,
});

/** A registry holding one waiting entity for "lowcock", and how often its kind was decided. */
function waitingLowcock(kind: 'person' | 'organization'): { registry: Registry; entity: Entity; decided: () => number } {
  const registry = new Registry();
  let decisions = 0;
  const entity = registry.createWaiting(mention('Lowcock'), 'lowcock', () => {
    decisions++;
    return kind;
  }, (filed, decidedKind) => registry.set(decidedKind === 'person' ? 'person' : 'org', 'lowcock', filed));
  return { registry, entity, decided: () => decisions };
}

describe('speakers: a lone name waits to learn its kind', () => {
  it('decides nothing until its kind is read, then decides once', () => {
    const { entity, decided } = waitingLowcock('person');
    expect(decided()).toBe(0);
    expect(entity.kind).toBe('person');
    expect(entity.kind).toBe('person');
    expect(decided()).toBe(1);
  });

  it('decides and files it when a key it would be filed under is asked for', () => {
    const person = waitingLowcock('person');
    expect(person.registry.get('person', 'lowcock')).toBe(person.entity);
    expect(person.decided()).toBe(1);
    const organization = waitingLowcock('organization');
    expect(organization.registry.get('person', 'lowcock')).toBeUndefined();
    expect(organization.registry.get('org', 'lowcock')).toBe(organization.entity);
  });

  it('asks nothing of a key the waiting name does not have', () => {
    const { registry, decided } = waitingLowcock('person');
    expect(registry.get('person', 'guterres')).toBeUndefined();
    expect(decided()).toBe(0);
  });

  it('gives "he" to a lone name compromise knows as a first name, decided when "he" asks', () => {
    const text = 'The White Helmets said the camps were full. Sarah said the shelling went on. He said 300 people were killed.';
    expect(speakersOf(text, ['300'])[0]).toMatchObject({ name: 'Sarah', kind: 'person' });
  });
});
