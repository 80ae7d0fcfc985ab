import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HubVisibility } from '@hubspoke/contracts';
import { isUUID } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SLUG_PATTERN } from '../hubs/slug';

/** Bump when a public answer's shape changes, so that no cache keeps an answer of the former shape as current. */
const PUBLIC_SHAPE_VERSION = 1;

/** A hub named by its id, or by its id or its slug (the public page's address). */
export type HubKey = { id: string } | { idOrSlug: string };

export interface HubVersion {
  hubId: string;
  visibility: HubVisibility;
  /** A weak validator of everything the hub's public answers show; null while a change of the hub awaits its seq. */
  etag: string | null;
}

/**
 * Everything a public answer depends on besides the hub's own rows, each of which changes with an event that moves
 * `last_seq`: the ratings the worker computes, and the records of the organizations and custom metrics it names.
 */
const VERSION_COLUMNS = `
  h.id, h.visibility, h.last_seq,
  EXISTS (SELECT 1 FROM hub_event e WHERE e.hub_id = h.id AND e.seq IS NULL) AS unnumbered,
  (SELECT max(r.computed_at) FROM hub_rating r WHERE r.hub_id = h.id) AS rated_at,
  GREATEST(
    (SELECT max(o.updated_at) FROM hub_member m JOIN organization o ON o.id = m.organization_id WHERE m.hub_id = h.id),
    (SELECT max(o.updated_at) FROM goal g JOIN organization o ON o.id = g.owner_organization_id WHERE g.hub_id = h.id)
  ) AS organizations_at,
  (SELECT max(mt.updated_at) FROM goal g JOIN metric mt ON mt.id = g.custom_metric_id
    WHERE g.hub_id = h.id) AS metrics_at`;

interface VersionRow {
  id: string;
  visibility: HubVisibility;
  last_seq: string;
  unnumbered: boolean;
  rated_at: Date | null;
  organizations_at: Date | null;
  metrics_at: Date | null;
}

/**
 * The version of what anyone may see of a hub, read in one short query, so that a repeat request is answered 304
 * without building the answer. The hour is part of it: the health of a goal never measured is judged against now.
 */
@Injectable()
export class HubVersionReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hub's version; null when no hub has that id or slug (or the key cannot name one). */
  async read(key: HubKey): Promise<HubVersion | null> {
    const [row] = await this.query(key);
    if (!row) return null;
    return { hubId: row.id, visibility: row.visibility, etag: row.unnumbered ? null : etagOf(row) };
  }

  private query(key: HubKey): Promise<VersionRow[]> {
    const sql = (where: string) => `SELECT ${VERSION_COLUMNS} FROM hub h WHERE ${where}`;
    if ('id' in key) return isUUID(key.id) ? this.dataSource.query(sql('h.id = $1'), [key.id]) : Promise.resolve([]);
    const { idOrSlug } = key;
    // an id wins over a slug that happens to look like one
    if (isUUID(idOrSlug)) {
      return this.dataSource.query(sql('h.id = $1 OR h.slug = $2 ORDER BY h.id = $1 DESC LIMIT 1'), [
        idOrSlug,
        idOrSlug,
      ]);
    }
    return SLUG_PATTERN.test(idOrSlug) ? this.dataSource.query(sql('h.slug = $1'), [idOrSlug]) : Promise.resolve([]);
  }
}

function etagOf(row: VersionRow): string {
  const hour = new Date().toISOString().slice(0, 13);
  const stamp = [
    PUBLIC_SHAPE_VERSION,
    row.id,
    row.last_seq,
    row.rated_at?.toISOString(),
    row.organizations_at?.toISOString(),
    row.metrics_at?.toISOString(),
    hour,
  ].join('|');
  return `W/"${createHash('sha1').update(stamp).digest('base64url').slice(0, 22)}"`;
}
