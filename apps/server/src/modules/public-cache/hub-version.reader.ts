import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HubVisibility } from '@hubspoke/contracts';
import { isUUID } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SLUG_PATTERN } from '../hubs/slug';

/** Bump when a public answer's shape changes, so that no cache keeps an answer of the former shape as current. */
const PUBLIC_SHAPE_VERSION = 1;
/** How long a version read may answer a repeat visit without a query, and how many are kept. */
const RECENT_MS = 1000;
const RECENT_MAX = 10_000;

/** A hub named by its id, or by its id or its slug (the public page's address). */
export type HubKey = { id: string } | { idOrSlug: string };

export interface HubVersion {
  hubId: string;
  visibility: HubVisibility;
  /** A weak validator of everything the hub's public answers show; null while a change of the hub awaits its seq. */
  etag: string | null;
}

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
 * without building the answer: the hub's last seq (every change of its own rows moves it), its ratings' and the named
 * organizations' and metrics' dates, and the hour, since the health of a goal never measured is judged against now.
 */
@Injectable()
export class HubVersionReader {
  /** The versions read in the last second, by key, oldest first. */
  private readonly recent = new Map<string, { at: number; version: HubVersion | null }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hub's version now; null when no hub has that id or slug (or the key cannot name one). */
  async read(key: HubKey): Promise<HubVersion | null> {
    const [row] = await this.query(key);
    const version = row
      ? { hubId: row.id, visibility: row.visibility, etag: row.unnumbered ? null : etagOf(row) }
      : null;
    const name = keyName(key);
    this.recent.delete(name);
    this.recent.set(name, { at: Date.now(), version });
    if (this.recent.size > RECENT_MAX) this.recent.delete(this.recent.keys().next().value!);
    return version;
  }

  /**
   * The version as read within the last second, else now: enough to tell a caller that the copy it holds is current
   * (one second late at most), at no cost for a hub many ask for.
   */
  readRecent(key: HubKey): Promise<HubVersion | null> {
    const seen = this.recent.get(keyName(key));
    return seen && Date.now() - seen.at < RECENT_MS ? Promise.resolve(seen.version) : this.read(key);
  }

  /** hub_public_version (migration AddHubPublicVersion) says what the version is made of. */
  private query(key: HubKey): Promise<VersionRow[]> {
    const version = (id: string | null, slug: string | null) =>
      this.dataSource.query<VersionRow[]>('SELECT * FROM hub_public_version($1, $2)', [id, slug]);
    if ('id' in key) return isUUID(key.id) ? version(key.id, null) : Promise.resolve([]);
    const { idOrSlug } = key;
    if (isUUID(idOrSlug)) return version(idOrSlug, idOrSlug);
    return SLUG_PATTERN.test(idOrSlug) ? version(null, idOrSlug) : Promise.resolve([]);
  }
}

const keyName = (key: HubKey) => ('id' in key ? `id:${key.id}` : `any:${key.idOrSlug}`);

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
