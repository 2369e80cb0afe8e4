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
    const entity = new WaitingEntity(this.count++, m, () => {
      this.waiting.delete(key);
      return decide();
    }, file);
    this.waiting.set(key, entity);
    return entity;
  }
}

/**
 * An entity whose kind is decided when first read. `kind` is an accessor of the class, not one
 * defined on each entity: an accessor added to an object gives it a hidden class of its own, made
 * where the garbage collector keeps long-lived objects (see places/context.ts).
 */
class WaitingEntity implements Entity {
  name: string;
  role: string | null;
  organization: string | null;
  readonly aliases: string[] = [];
  via: string | null = null;
  readonly known: boolean;
  private decided: SpeakerKind | null = null;

  constructor(
    readonly id: number,
    m: Mention,
    private readonly decide: () => SpeakerKind,
    private readonly filed: (entity: Entity, kind: SpeakerKind) => void,
  ) {
    this.name = m.name;
    this.role = m.role;
    this.organization = m.organization;
    this.known = m.known;
  }

  get kind(): SpeakerKind {
    if (this.decided === null) {
      // known before it is filed, should filing read it
      this.decided = this.decide();
      this.filed(this, this.decided);
    }
    return this.decided;
  }

  set kind(value: SpeakerKind) {
    this.decided = value;
  }
}
