import {
  RELATIONSHIP_KINDS,
  SECTORS,
  type ImportRowErrorDto,
  type RelationshipKind,
  type Sector,
} from '@hubspoke/contracts';
import { isISO31661Alpha2 } from 'class-validator';
import { nameKey, type RawFile, type RawRow } from './network-file';

/** The limits of the columns the rows go into (Organization, Relationship) and of the fields around them. */
export const LIMITS = { name: 200, shortName: 60, source: 500, id: 200, note: 5000, weight: 1e6 } as const;
/** At most this many bad rows are kept and reported; all of them are counted. */
export const MAX_REPORTED_ERRORS = 1000;

/** An organization to create or update, by name. A field left undefined keeps an existing organization's value. */
export interface PlannedOrganization {
  key: string;
  name: string;
  shortName?: string | null;
  sector: Sector;
  country?: string | null;
  sdgs?: number[];
}

/** A relationship between two organizations named by their name keys (in the file or the database). */
export interface PlannedRelationship {
  fromKey: string;
  toKey: string;
  kind: RelationshipKind;
  weight: number;
  since: string | null;
  source: string | null;
}

export interface ImportPlan {
  organizations: PlannedOrganization[];
  relationships: PlannedRelationship[];
}

export type ValidationResult =
  { ok: true; plan: ImportPlan } | { ok: false; errors: ImportRowErrorDto[]; errorCount: number };

export interface ValidateOptions {
  /** How many organizations of the database bear each name key. */
  existing: ReadonlyMap<string, number>;
  /** Called every `every` rows with the number of rows checked so far. */
  onProgress?: (done: number) => Promise<void>;
  every?: number;
}

const ORGANIZATION_FIELDS = new Set(['id', 'name', 'short_name', 'shortName', 'sector', 'country', 'sdgs', 'note']);
const RELATIONSHIP_FIELDS = new Set(['from', 'to', 'kind', 'weight', 'since', 'source', 'note']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Checks every row of the file; answers what to write, or every bad row with its reasons (nothing to write then). */
export async function validateNetworkFile(file: RawFile, options: ValidateOptions): Promise<ValidationResult> {
  const v = new Validator(options.existing);
  const every = options.every ?? 1000;
  let done = 0;
  const tick = async () => {
    done++;
    if (options.onProgress && done % every === 0) await options.onProgress(done);
  };
  v.indexActors(file.organizations);
  for (const row of file.organizations) {
    v.organization(row);
    await tick();
  }
  for (const row of file.relationships) {
    v.relationship(row);
    await tick();
  }
  if (file.broken) {
    v.fail(file.relationships.length ? 'relationships' : 'organizations', file.broken.row, [file.broken.reason]);
  }
  if (options.onProgress) await options.onProgress(done);
  return v.result();
}

/** A cell: JSON keeps its type; in CSV every cell is text and an empty cell means "no value". */
type Cell = unknown;

class Validator {
  private readonly errors: ImportRowErrorDto[] = [];
  private errorCount = 0;
  private readonly organizations: PlannedOrganization[] = [];
  private readonly relationships: PlannedRelationship[] = [];
  /** The file's organizations: name key → first row; actor id → name key. */
  private readonly actorRows = new Map<string, number>();
  private readonly actorIds = new Map<string, { key: string | null; row: number }>();
  private readonly ties = new Map<string, number>();

  constructor(private readonly existing: ReadonlyMap<string, number>) {}

  fail(table: ImportRowErrorDto['table'], row: number, reasons: string[]): void {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ table, row, reasons });
  }

  result(): ValidationResult {
    if (this.errorCount > 0) return { ok: false, errors: this.errors, errorCount: this.errorCount };
    return { ok: true, plan: { organizations: this.organizations, relationships: this.relationships } };
  }

  /** Names and ids of the file's organizations, so relationships can point at rows that come later. */
  indexActors(rows: RawRow[]): void {
    for (const { row, value } of rows) {
      if (!isRecord(value)) continue;
      const name = typeof value.name === 'string' ? value.name.trim() : '';
      const key = name ? nameKey(name) : null;
      if (key !== null && !this.actorRows.has(key)) this.actorRows.set(key, row);
      const id = idOf(value.id);
      if (id && !this.actorIds.has(id)) this.actorIds.set(id, { key, row });
    }
  }

  organization({ row, value, problems = [] }: RawRow): void {
    const reasons = [...problems];
    if (!isRecord(value)) {
      this.fail('organizations', row, ['must be an object with name, sector, ...']);
      return;
    }
    reasons.push(...unknownFields(value, ORGANIZATION_FIELDS));
    const name = text(value.name, 'name', LIMITS.name, reasons, true);
    if (value.short_name !== undefined && value.shortName !== undefined) {
      reasons.push('short_name: give short_name or shortName, not both');
    }
    const shortName = text(
      value.short_name !== undefined ? value.short_name : value.shortName,
      'short_name',
      LIMITS.shortName,
      reasons,
    );
    const sector = oneOf(value.sector, 'sector', SECTORS, reasons);
    const country = countryOf(value.country, reasons);
    const sdgs = sdgsOf(value.sdgs, reasons);
    text(value.note, 'note', LIMITS.note, reasons);
    if (value.id !== undefined) {
      const id = idOf(value.id);
      const first = id ? this.actorIds.get(id)?.row : undefined;
      if (!id || id.length > LIMITS.id) reasons.push(`id: must be a text of 1 to ${LIMITS.id} characters`);
      else if (first !== undefined && first !== row) reasons.push(`id: ${quote(id)} is also the id of row ${first}`);
    }
    if (name) {
      const key = nameKey(name);
      const first = this.actorRows.get(key);
      if (first !== row) reasons.push(`name: the same organization as row ${first} (names are matched ignoring case)`);
      const inDatabase = this.existing.get(key) ?? 0;
      if (inDatabase > 1) {
        reasons.push(
          `name: ${inDatabase} organizations in the database are named ${quote(name)}; merge or rename them first`,
        );
      }
      if (reasons.length === 0 && sector) {
        this.organizations.push({ key, name, shortName, sector, country, sdgs });
        return;
      }
    }
    if (reasons.length) this.fail('organizations', row, reasons);
  }

  relationship({ row, value, problems = [] }: RawRow): void {
    const reasons = [...problems];
    if (!isRecord(value)) {
      this.fail('relationships', row, ['must be an object with from, to, kind, ...']);
      return;
    }
    reasons.push(...unknownFields(value, RELATIONSHIP_FIELDS));
    const fromKey = this.reference(value.from, 'from', reasons);
    const toKey = this.reference(value.to, 'to', reasons);
    const kind = oneOf(value.kind, 'kind', RELATIONSHIP_KINDS, reasons);
    const weight = weightOf(value.weight, reasons);
    const since = dateOf(value.since, reasons);
    const source =
      text(value.source, 'source', LIMITS.source, reasons) ??
      (value.source === undefined ? text(value.note, 'note', LIMITS.source, reasons) : null) ??
      null;
    if (fromKey && toKey && fromKey === toKey) reasons.push('to: the same organization as from (no ties to oneself)');
    if (fromKey && toKey && kind) {
      const tie = `${fromKey}\u0000${toKey}\u0000${kind}`;
      const first = this.ties.get(tie);
      if (first === undefined) this.ties.set(tie, row);
      else reasons.push(`the same ${kind} tie between the same organizations as row ${first}`);
    }
    if (reasons.length) {
      this.fail('relationships', row, reasons);
      return;
    }
    this.relationships.push({ fromKey: fromKey!, toKey: toKey!, kind: kind!, weight: weight ?? 1, since, source });
  }

  /** The name key of the organization a from/to names: by the file's id, the file's name, or a database name. */
  private reference(value: Cell, field: 'from' | 'to', reasons: string[]): string | null {
    const ref = idOf(value);
    if (!ref) {
      reasons.push(`${field}: required, the id or the name of an organization`);
      return null;
    }
    if (ref.length > LIMITS.id) {
      reasons.push(`${field}: at most ${LIMITS.id} characters`);
      return null;
    }
    const actor = this.actorIds.get(ref);
    if (actor && actor.key === null) {
      reasons.push(`${field}: ${quote(ref)} is the id of organizations row ${actor.row}, which has no name`);
      return null;
    }
    const byId = actor?.key ?? undefined;
    const key = nameKey(ref);
    const byName = this.actorRows.has(key) || (this.existing.get(key) ?? 0) > 0 ? key : undefined;
    if (!byId && !byName) {
      reasons.push(`${field}: no organization in the file or the database has the id or name ${quote(ref)}`);
      return null;
    }
    if (byId && byName && byId !== byName) {
      reasons.push(`${field}: ${quote(ref)} is ambiguous: the id of one organization and the name of another`);
      return null;
    }
    const found = (byId ?? byName)!;
    const inDatabase = this.existing.get(found) ?? 0;
    if (!this.actorRows.has(found) && inDatabase > 1) {
      reasons.push(`${field}: ${quote(ref)} is ambiguous: ${inDatabase} organizations in the database have this name`);
      return null;
    }
    return found;
  }
}

function isRecord(value: unknown): value is Record<string, Cell> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFields(value: Record<string, Cell>, known: ReadonlySet<string>): string[] {
  return Object.keys(value)
    .filter((k) => !known.has(k))
    .map((k) => `${k}: not a known field`);
}

/** An id or a from/to: text or a number, trimmed; null when missing or empty. */
function idOf(value: Cell): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  return value.trim() || null;
}

/** Optional (or required) text, trimmed: undefined when absent, null when empty or null. */
function text(value: Cell, field: string, max: number, reasons: string[], required = false): string | null | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) reasons.push(`${field}: required`);
    return value === undefined ? undefined : null;
  }
  if (typeof value !== 'string') {
    reasons.push(`${field}: must be text`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) reasons.push(`${field}: at most ${max} characters (has ${trimmed.length})`);
  return trimmed;
}

function oneOf<T extends string>(value: Cell, field: string, options: readonly T[], reasons: string[]): T | null {
  const given = typeof value === 'string' ? value.trim() : value;
  if (typeof given === 'string' && (options as readonly string[]).includes(given)) return given as T;
  const shown = given === undefined || given === '' || given === null ? 'missing' : quote(given);
  reasons.push(`${field}: must be one of ${options.join(', ')} (got ${shown})`);
  return null;
}

function countryOf(value: Cell, reasons: string[]): string | null | undefined {
  const country = text(value, 'country', 2 ** 10, reasons);
  if (country === undefined || country === null) return country;
  const upper = country.toUpperCase();
  if (!isISO31661Alpha2(upper)) {
    reasons.push(`country: must be an ISO 3166-1 alpha-2 code such as KE (got ${quote(country)})`);
    return undefined;
  }
  return upper;
}

function sdgsOf(value: Cell, reasons: string[]): number[] | undefined {
  if (value === undefined) return undefined;
  if (value === null) return [];
  let items: unknown[];
  if (typeof value === 'string') {
    items = value.trim() === '' ? [] : value.split(/[;|]/).map((s) => (NUMBER.test(s.trim()) ? Number(s.trim()) : s));
  } else if (Array.isArray(value)) {
    items = value;
  } else {
    reasons.push('sdgs: must be a list of SDG numbers 1..17');
    return undefined;
  }
  const bad = items.filter((n) => !(typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 17));
  if (bad.length) {
    reasons.push(
      `sdgs: must be SDG numbers 1..17 (got ${bad
        .map((b) => quote(b))
        .join(', ')
        .slice(0, 80)})`,
    );
    return undefined;
  }
  const sdgs = items as number[];
  if (new Set(sdgs).size !== sdgs.length) {
    reasons.push('sdgs: lists an SDG more than once');
    return undefined;
  }
  return sdgs;
}

function weightOf(value: Cell, reasons: string[]): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0 || n > LIMITS.weight) {
    reasons.push(`weight: must be a number above 0 and at most ${LIMITS.weight} (got ${quote(value)})`);
    return null;
  }
  return n;
}

function dateOf(value: Cell, reasons: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  const given = typeof value === 'string' ? value.trim() : value;
  const match = typeof given === 'string' ? DATE.exec(given) : null;
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return given as string;
    }
  }
  reasons.push(`since: must be a date as YYYY-MM-DD (got ${quote(value)})`);
  return null;
}

/** A value as shown in a reason: JSON, cut short, so that a huge cell does not make a huge report. */
function quote(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
