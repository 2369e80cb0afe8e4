import type { SpeakerKind } from '../types.js';
import type { Entity, Mention } from './types.js';

/**
 * The speakers met so far, by key ("person:yousef", "surname:yousef", "org:ocha"). A lone unknown
 * word ("Lowcock said") is a person only if compromise tags it so, and compromise is slow to load
 * and to run; so such an entity waits to learn its kind until something asks for it — a key it
 * would have been filed under, a pronoun weighing it, the speaker it becomes. Every answer is the
 * one deciding at once would give: asking for any key with the waiting word settles it first.
 */
export class Registry {
  private readonly byKey = new Map<string, Entity>();
  private readonly waiting = new Map<string, Entity>();
  private count = 0;

  get(kind: 'person' | 'surname' | 'org', key: string): Entity | undefined {
    this.settle(key);
    return this.byKey.get(`${kind}:${key}`);
  }

  set(kind: 'person' | 'surname' | 'org', key: string, entity: Entity): void {
    this.byKey.set(`${kind}:${key}`, entity);
  }

  /** Reading a waiting entity's kind decides it and files it. */
  private settle(key: string): void {
    const entity = this.waiting.get(key);
    if (entity) void entity.kind;
  }

  create(m: Mention): Entity {
    return { id: this.count++, name: m.name, kind: m.kind, role: m.role, organization: m.organization, aliases: [], via: null, known: m.known };
  }

  /** An entity for the lone word `key` whose kind `decide` gives; filed as its kind says when settled. */
  createWaiting(m: Mention, key: string, decide: () => SpeakerKind, file: (entity: Entity, kind: SpeakerKind) => void): Entity {
    const entity = this.create(m);
    let kind: SpeakerKind | null = null;
    Object.defineProperty(entity, 'kind', {
      enumerable: true,
      get: () => {
        if (kind === null) {
          this.waiting.delete(key);
          kind = decide();
          file(entity, kind);
        }
        return kind;
      },
      set: (value: SpeakerKind) => {
        kind = value;
      },
    });
    this.waiting.set(key, entity);
    return entity;
  }
}
