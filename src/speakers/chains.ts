import { isPersonName } from '../document/index.js';
import type { SpeakerKind } from '../types.js';
import type { Context } from './context.js';
import { nameKey, surnameKey } from './keys.js';
import { Registry } from './registry.js';
import type { Entity, Frame, Mention } from './types.js';

/** How many paragraphs back a pronoun or "the director" may look for what it refers to. */
const REFERENCE_REACH = 2;
/** How many speakers back; enough for any article, and keeps long inputs linear. */
const RECENT_LIMIT = 24;

interface Seen {
  readonly entity: Entity;
  readonly paragraph: number;
}

/**
 * Joins the speakers of all frames into entities, in document order: a known organisation by
 * its canonical name, "Yousef" to "Fatima Yousef", "he" to the last person, "it" to the
 * last organisation, "the director" to the last director, "the organization" to the last
 * organisation or the last person who speaks for one.
 */
export function joinSpeakers(ctx: Context, frames: readonly Frame[]): Map<Frame, Entity> {
  const byKey = new Registry();
  const recent: Seen[] = [];
  const result = new Map<Frame, Entity>();
  for (const frame of frames) {
    const paragraph = ctx.doc.sentences[frame.sentence]?.paragraph ?? 0;
    const reachable = recent.filter((seen) => paragraph - seen.paragraph <= REFERENCE_REACH);
    const entity = resolve(ctx, frame, byKey, reachable);
    if (!entity) continue;
    addAlias(entity, frame.mention);
    entity.via ??= frame.via?.name ?? null;
    result.set(frame, entity);
    recent.unshift({ entity, paragraph });
    if (recent.length > RECENT_LIMIT) recent.pop();
  }
  return result;
}

function resolve(ctx: Context, frame: Frame, byKey: Registry, recent: readonly Seen[]): Entity | null {
  const m = frame.mention;
  if (m.form === 'pronoun') return pronounReferent(m, recent);
  if (m.form === 'description') return descriptionReferent(m, recent) ?? named(byKey, m);
  if (m.form === 'name' && m.kind === 'person') return personByName(frame, byKey);
  return named(byKey, m);
}

function pronounReferent(m: Mention, recent: readonly Seen[]): Entity | null {
  const pronoun = m.span.text.toLowerCase();
  const fits = (e: Entity) =>
    pronoun === 'he' || pronoun === 'she' ? e.kind === 'person' && !isPlural(e)
    : pronoun === 'it' ? e.kind !== 'person'
    : e.kind !== 'person' || isPlural(e); // "they", "we": "Residents said ... They said"
  return recent.find((s) => fits(s.entity))?.entity ?? null;
}

/** "residents", "local officials": a group named by a plural noun. */
function isPlural(e: Entity): boolean {
  return e.role === null && e.organization === null && /[a-z]s$/.test(e.name) && !/\p{Lu}/u.test(e.name.split(' ').pop()?.[0] ?? '');
}

function descriptionReferent(m: Mention, recent: readonly Seen[]): Entity | null {
  if (m.kind === 'person') {
    return (recent.find((s) => s.entity.kind === 'person' && s.entity.role?.endsWith(m.name)) ?? recent.find((s) => s.entity.kind === 'person'))?.entity ?? null;
  }
  return recent.find((s) => s.entity.kind !== 'person' || s.entity.organization !== null)?.entity ?? null;
}

/** A person by full name or surname; a lone unknown word is a person only if compromise knows it as a name. */
function personByName(frame: Frame, byKey: Registry): Entity {
  const m = frame.mention;
  const key = nameKey(m.name);
  const single = !key.includes(' ');
  const found = byKey.get('person', key) ?? (single ? byKey.get('surname', key) : byKey.get('person', surnameKey(m.name)));
  if (found) {
    byKey.set('person', key, found);
    return upgrade(found, m);
  }
  if (!single) return file(byKey, byKey.create(m), 'person', key, m.name);
  const decide = (): SpeakerKind => (isPersonName(m.name) ? 'person' : 'organization');
  return byKey.createWaiting(m, key, decide, (entity, kind) => file(byKey, entity, kind, key, m.name));
}

function file(byKey: Registry, entity: Entity, kind: SpeakerKind, key: string, name: string): Entity {
  byKey.set(kind === 'person' ? 'person' : 'org', key, entity);
  if (kind === 'person') byKey.set('surname', surnameKey(name), entity);
  return entity;
}

function named(byKey: Registry, m: Mention): Entity {
  const key = nameKey(m.name);
  const found = byKey.get('org', key);
  if (found) return upgrade(found, m);
  const entity = byKey.create(m);
  byKey.set('org', key, entity);
  return entity;
}

function upgrade(entity: Entity, m: Mention): Entity {
  if (m.kind === 'person' && m.name.length > entity.name.length) entity.name = m.name;
  entity.role ??= m.role;
  entity.organization ??= m.organization;
  return entity;
}

function addAlias(entity: Entity, m: Mention): void {
  for (const alias of [m.span.text.replace(/^[Tt]he\s+(?=\p{Lu})/u, ''), ...m.extraAliases]) {
    if (m.form !== 'pronoun' && alias && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
}

