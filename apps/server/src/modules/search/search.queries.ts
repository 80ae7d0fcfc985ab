import type { HubVisibility } from '@hubspoke/contracts';
import { seesItemInHubsSql, type HubsSight } from '../policy/group-sight';

/** One kind's statement: its SQL and bind parameters. */
export interface SearchQuery {
  sql: string;
  params: unknown[];
}

/** Where the caller may look: the hubs they read as a member, and the visibilities anyone may read. */
export interface SearchScope {
  memberHubIds: string[];
  publicVisibilities: HubVisibility[];
  /** Which group-only tasks and goals of those hubs the caller sees. */
  groupSight: HubsSight;
}

/** A task or goal of the caller's member hubs ($3) that they see (group-only ones through $4 and $5). */
const SEES_ITEM = `hub_id = ANY($3::uuid[]) AND ${seesItemInHubsSql('x', '$4', '$5')}`;
const itemParams = (query: string, limit: number, scope: SearchScope) => [
  query,
  limit,
  scope.memberHubIds,
  scope.groupSight.allHubIds,
  scope.groupSight.groupIds,
];

/** The most words of a text that count, and the matches per kind that are ranked (the rest are not looked at). */
const MAX_WORDS = 8;
const CANDIDATES = 200;

/**
 * The text as a full-text query: every word, as a prefix (`freez` finds "freezers"), with the `simple` configuration
 * (no stemming: titles are in many languages). Only letters and digits pass, so nothing the user types is syntax.
 * Null when the text has no word at all.
 */
export function prefixQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return words
    ? words
        .slice(0, MAX_WORDS)
        .map((word) => `${word}:*`)
        .join(' & ')
    : null;
}

/** Each table's document, exactly as the migration's expression index (AddSearchIndexes) writes it: then it is used. */
export const SEARCH_DOCUMENTS = {
  task: `to_tsvector('simple', title)`,
  goal: `to_tsvector('simple', title)`,
  hub: `to_tsvector('simple', name)`,
  organization: `to_tsvector('simple', name || ' ' || coalesce(short_name, ''))`,
  user: `to_tsvector('simple', name)`,
} as const;

interface RankedSearch {
  table: keyof typeof SEARCH_DOCUMENTS;
  /** The columns the candidates carry (c.…), and what the answer selects of them (and of joined tables). */
  columns: string;
  select: string;
  /** Who may see a row, on the table's own columns. */
  where: string;
  /** Ties after the rank. */
  order: string;
  join?: string;
}

/**
 * Matches through the index, at most CANDIDATES of them (a bounded cost however common the word), ranked by how well
 * they match, then by `order`. $1 is the prefix query, $2 the limit; a kind's own parameters follow from $3.
 */
function ranked({ table, columns, select, where, order, join = '' }: RankedSearch): string {
  const document = SEARCH_DOCUMENTS[table];
  return `SELECT ${select} FROM (
            SELECT ${columns}, ${document} AS document FROM "${table}" x
             WHERE ${document} @@ to_tsquery('simple', $1) AND ${where}
             LIMIT ${CANDIDATES}) c ${join}
           ORDER BY ts_rank(c.document, to_tsquery('simple', $1)) DESC, ${order}
           LIMIT $2`;
}

export const searchQueries = {
  hubs: (query: string, limit: number, scope: SearchScope): SearchQuery => ({
    sql: ranked({
      table: 'hub',
      columns: 'id, slug, name',
      select: 'c.id, c.slug, c.name, c.id = ANY($3::uuid[]) AS member',
      where: '(id = ANY($3::uuid[]) OR (visibility::text = ANY($4::text[]) AND archived_at IS NULL))',
      order: 'member DESC, length(c.name), c.id',
    }),
    params: [query, limit, scope.memberHubIds, scope.publicVisibilities],
  }),

  tasks: (query: string, limit: number, scope: SearchScope): SearchQuery => ({
    sql: ranked({
      table: 'task',
      columns: 'id, hub_id, title, status, updated_at',
      select: 'c.id, c.hub_id AS "hubId", h.name AS "hubName", c.title, c.status',
      where: SEES_ITEM,
      order: 'length(c.title), c.updated_at DESC, c.id',
      join: 'JOIN hub h ON h.id = c.hub_id',
    }),
    params: itemParams(query, limit, scope),
  }),

  goals: (query: string, limit: number, scope: SearchScope): SearchQuery => ({
    sql: ranked({
      table: 'goal',
      columns: 'id, hub_id, title, updated_at',
      select: 'c.id, c.hub_id AS "hubId", h.name AS "hubName", c.title',
      where: SEES_ITEM,
      order: 'length(c.title), c.updated_at DESC, c.id',
      join: 'JOIN hub h ON h.id = c.hub_id',
    }),
    params: itemParams(query, limit, scope),
  }),

  /** Organizations are public records: everyone finds them, by name or short name. */
  organizations: (query: string, limit: number): SearchQuery => ({
    sql: ranked({
      table: 'organization',
      columns: 'id, name, country',
      select: 'c.id, c.name, c.country',
      where: 'true',
      order: 'length(c.name), c.id',
    }),
    params: [query, limit],
  }),

  /** People are seen by the members of their hubs only (a public hub shows no people). */
  people: (query: string, limit: number, scope: SearchScope): SearchQuery => ({
    sql: ranked({
      table: 'user',
      columns: 'id, name',
      select: 'c.id, c.name',
      where: `EXISTS (SELECT 1 FROM hub_member m WHERE m.user_id = x.id AND m.status = 'active' AND m.hub_id = ANY($3::uuid[]))`,
      order: 'length(c.name), c.id',
    }),
    params: [query, limit, scope.memberHubIds],
  }),
};
