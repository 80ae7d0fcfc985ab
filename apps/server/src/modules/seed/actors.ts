import type { RelationshipKind, Sector } from '@hubspoke/contracts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager, In } from 'typeorm';
import { upsertRelationships } from '../network/network-import.writer';
import { Organization } from '../organizations/organization.entity';

/** The sample of real actors (organizations) the demo hubs are made of. */
export const ACTORS_PATH = path.join(__dirname, '../../../data/actors-sample.json');

export interface Actor {
  id: string;
  name: string;
  short_name?: string;
  sector: Sector;
  country: string | null;
  sdgs: number[];
}

export function loadActors(): Actor[] {
  return (JSON.parse(readFileSync(ACTORS_PATH, 'utf8')) as { actors: Actor[] }).actors;
}

/** Inserts the actors whose name is not taken yet; answers every actor's organization by actor id. */
export async function importOrganizations(manager: EntityManager): Promise<Map<string, Organization>> {
  const actors = loadActors();
  const names = actors.map((a) => a.name);
  const existing = new Set((await manager.findBy(Organization, { name: In(names) })).map((o) => o.name));
  const missing = actors.filter((a) => !existing.has(a.name));
  if (missing.length > 0) {
    await manager.insert(
      Organization,
      missing.map((a) => ({
        name: a.name,
        shortName: a.short_name ?? null,
        sector: a.sector,
        country: a.country,
        sdgs: a.sdgs,
      })),
    );
  }
  const byName = new Map((await manager.findBy(Organization, { name: In(names) })).map((o) => [o.name, o]));
  return new Map(actors.map((a) => [a.id, byName.get(a.name)!]));
}

/** A tie of the sample: from/to name an actor by id or by name. */
export interface ActorRelationship {
  from: string;
  to: string;
  kind: RelationshipKind;
  weight?: number;
  since?: string;
  source?: string;
  note?: string;
}

/** Creates the sample's relationships between the organizations of importOrganizations (upserts, like an import). */
export async function importRelationships(manager: EntityManager, orgs: Map<string, Organization>): Promise<number> {
  const sample = JSON.parse(readFileSync(ACTORS_PATH, 'utf8')) as {
    actors: Actor[];
    relationships: ActorRelationship[];
  };
  const byRef = new Map<string, Organization>();
  for (const actor of sample.actors) {
    byRef.set(actor.id, orgs.get(actor.id)!);
    byRef.set(actor.name, orgs.get(actor.id)!);
  }
  const idOf = (ref: string): string => {
    const org = byRef.get(ref);
    if (!org) throw new Error(`${ACTORS_PATH}: no actor "${ref}"`);
    return org.id;
  };
  const { created } = await upsertRelationships(
    manager,
    sample.relationships.map((r) => ({
      sourceId: idOf(r.from),
      targetId: idOf(r.to),
      kind: r.kind,
      weight: r.weight ?? 1,
      since: r.since ?? null,
      source: r.source ?? r.note ?? null,
    })),
  );
  return created;
}
