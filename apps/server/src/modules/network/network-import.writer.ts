import type { NetworkImportDto, RelationshipKind, Sector } from '@hubspoke/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { nameKey } from './network-file';
import type { ImportPlan, PlannedOrganization } from './network-import.validator';

/**
 * Writes organizations and relationships with upserts, so that writing the same rows twice changes nothing the second
 * time: organizations by name (ignoring case), relationships on (source, target, kind). Used by the import job (inside
 * its one transaction) and by the demo seed.
 */

export type ImportCounts = NonNullable<NetworkImportDto['counts']>;

/** Rows per statement, and so between two progress reports. */
export const WRITE_BATCH = 1000;

export interface RelationshipWrite {
  sourceId: string;
  targetId: string;
  kind: RelationshipKind;
  weight: number;
  since: string | null;
  source: string | null;
}

interface ExistingOrganization {
  id: string;
  shortName: string | null;
  sector: Sector;
  country: string | null;
  sdgs: number[];
}

type Db = DataSource | EntityManager;

/** How many organizations bear each name key: what the validator matches names against. */
export async function organizationNameCounts(db: Db): Promise<Map<string, number>> {
  const rows: { name: string }[] = await db.query(`SELECT name FROM organization`);
  const counts = new Map<string, number>();
  for (const { name } of rows) counts.set(nameKey(name), (counts.get(nameKey(name)) ?? 0) + 1);
  return counts;
}

/** Writes a validated plan; `onProgress` gets the number of rows written after each batch. */
export async function writeImportPlan(
  manager: EntityManager,
  plan: ImportPlan,
  onProgress?: (written: number) => Promise<void>,
): Promise<ImportCounts> {
  let written = 0;
  const progressed = async (rows: number) => {
    written += rows;
    await onProgress?.(written);
  };
  const existing = await loadOrganizations(manager);
  const ids = new Map<string, string>();
  const creates: PlannedOrganization[] = [];
  const updates: (ExistingOrganization & { changed: boolean })[] = [];
  for (const planned of plan.organizations) {
    const found = existing.get(planned.key) ?? [];
    if (found.length > 1) throw new OrganizationsChangedError(planned.name);
    if (found.length === 0) {
      creates.push(planned);
      continue;
    }
    const current = found[0]!;
    const next: ExistingOrganization = {
      id: current.id,
      shortName: planned.shortName !== undefined ? planned.shortName : current.shortName,
      sector: planned.sector,
      country: planned.country !== undefined ? planned.country : current.country,
      sdgs: planned.sdgs ?? current.sdgs,
    };
    updates.push({ ...next, changed: !sameOrganization(current, next) });
    ids.set(planned.key, current.id);
  }
  for (const batch of chunks(creates)) {
    const rows: { id: string; name: string }[] = await manager.query(
      `INSERT INTO organization (name, short_name, sector, country, sdgs)
       SELECT r.name, r.short_name, r.sector::sector, r.country, r.sdgs::smallint[]
         FROM jsonb_to_recordset($1::jsonb) AS r(name text, short_name text, sector text, country text, sdgs text)
       RETURNING id, name`,
      [
        JSON.stringify(
          batch.map((o) => ({
            name: o.name,
            short_name: o.shortName ?? null,
            sector: o.sector,
            country: o.country ?? null,
            sdgs: pgArray(o.sdgs ?? []),
          })),
        ),
      ],
    );
    for (const row of rows) ids.set(nameKey(row.name), row.id);
    await progressed(batch.length);
  }
  for (const batch of chunks(updates)) {
    const changed = batch.filter((o) => o.changed);
    if (changed.length) {
      await manager.query(
        `UPDATE organization o
            SET short_name = r.short_name, sector = r.sector::sector, country = r.country,
                sdgs = r.sdgs::smallint[], updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, short_name text, sector text, country text, sdgs text)
          WHERE o.id = r.id`,
        [
          JSON.stringify(
            changed.map((o) => ({
              id: o.id,
              short_name: o.shortName,
              sector: o.sector,
              country: o.country,
              sdgs: pgArray(o.sdgs),
            })),
          ),
        ],
      );
    }
    await progressed(batch.length);
  }
  const idOf = (key: string): string => {
    const id = ids.get(key) ?? single(existing.get(key));
    if (!id) throw new OrganizationsChangedError(key);
    return id;
  };
  const relationships = await upsertRelationships(
    manager,
    plan.relationships.map((r) => ({
      sourceId: idOf(r.fromKey),
      targetId: idOf(r.toKey),
      kind: r.kind,
      weight: r.weight,
      since: r.since,
      source: r.source,
    })),
    (rows) => progressed(rows),
  );
  return {
    organizationsCreated: creates.length,
    organizationsUpdated: updates.length,
    relationshipsCreated: relationships.created,
    relationshipsUpdated: relationships.updated,
  };
}

/**
 * Inserts relationships, or updates weight, since and source of those that exist (same source, target and kind);
 * rows that are already as given are left alone. `onBatch` gets the size of each batch written.
 */
export async function upsertRelationships(
  manager: EntityManager,
  rows: RelationshipWrite[],
  onBatch?: (rows: number) => Promise<void>,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  for (const batch of chunks(rows)) {
    const result: { created: boolean }[] = await manager.query(
      `INSERT INTO relationship (source_id, target_id, kind, weight, since, source)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::relationship_kind[], $4::float8[], $5::date[], $6::text[])
       ON CONFLICT (source_id, target_id, kind) DO UPDATE
          SET weight = EXCLUDED.weight, since = EXCLUDED.since, source = EXCLUDED.source
        WHERE (relationship.weight, relationship.since, relationship.source)
              IS DISTINCT FROM (EXCLUDED.weight, EXCLUDED.since, EXCLUDED.source)
       RETURNING (xmax = 0) AS created`,
      [
        batch.map((r) => r.sourceId),
        batch.map((r) => r.targetId),
        batch.map((r) => r.kind),
        batch.map((r) => r.weight),
        batch.map((r) => r.since),
        batch.map((r) => r.source),
      ],
    );
    created += result.filter((r) => r.created).length;
    await onBatch?.(batch.length);
  }
  return { created, updated: rows.length - created };
}

/** The organizations changed between validation and writing (a name became ambiguous or one was deleted): retry. */
export class OrganizationsChangedError extends Error {
  constructor(name: string) {
    super(`The organizations changed during the import (at "${name}"); it will be validated again`);
  }
}

async function loadOrganizations(manager: EntityManager): Promise<Map<string, ExistingOrganization[]>> {
  const rows: (ExistingOrganization & { name: string })[] = await manager.query(
    `SELECT id, name, short_name AS "shortName", sector, country, sdgs FROM organization`,
  );
  const byKey = new Map<string, ExistingOrganization[]>();
  for (const { name, ...org } of rows) {
    const key = nameKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), org]);
  }
  return byKey;
}

function single(found: ExistingOrganization[] | undefined): string | undefined {
  return found?.length === 1 ? found[0]!.id : undefined;
}

function sameOrganization(a: ExistingOrganization, b: ExistingOrganization): boolean {
  return (
    a.shortName === b.shortName &&
    a.sector === b.sector &&
    a.country === b.country &&
    a.sdgs.length === b.sdgs.length &&
    a.sdgs.every((n, i) => n === b.sdgs[i])
  );
}

/** A PostgreSQL array literal of integers. */
function pgArray(numbers: number[]): string {
  return `{${numbers.join(',')}}`;
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += WRITE_BATCH) yield rows.slice(i, i + WRITE_BATCH);
}
