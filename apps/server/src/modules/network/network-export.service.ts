import { NETWORK_CSV_COLUMNS, type NetworkCsvTable } from '@hubspoke/contracts';
import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, type QueryRunner } from 'typeorm';
import { safeCsv } from '../../infra/export/safe-csv';
import { csvTableOf, type NetworkFileQuery } from './network-file.dto';

/** Rows fetched per round trip. */
const FETCH = 5000;

const ORGANIZATIONS_SQL = `
  SELECT id, name, short_name, sector, country, sdgs FROM organization ORDER BY name, id`;
const RELATIONSHIPS_SQL = `
  SELECT source_id, target_id, kind, weight, since::text AS since, source FROM relationship
   ORDER BY source_id, target_id, kind`;
const NAMED_RELATIONSHIPS_SQL = `
  SELECT s.name AS "from", t.name AS "to", r.kind, r.weight, r.since::text AS since, r.source
    FROM relationship r JOIN organization s ON s.id = r.source_id JOIN organization t ON t.id = r.target_id
   ORDER BY s.name, t.name, r.kind`;

interface OrganizationRow {
  id: string;
  name: string;
  short_name: string | null;
  sector: string;
  country: string | null;
  sdgs: number[];
}
interface RelationshipRow {
  source_id: string;
  target_id: string;
  kind: string;
  weight: number;
  since: string | null;
  source: string | null;
}
type NamedRelationshipRow = Omit<RelationshipRow, 'source_id' | 'target_id'> & { from: string; to: string };

/**
 * Exports the network as a file an import takes back: JSON with both tables (relationships name organizations by ids
 * local to the file), or one table as CSV (relationships name organizations by name). Streamed from one read-only
 * snapshot through a cursor, so 200,000 ties are never all in memory and the tables agree with each other.
 */
@Injectable()
export class NetworkExportService {
  private readonly logger = new Logger(NetworkExportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async export(query: NetworkFileQuery, now = new Date()): Promise<StreamableFile> {
    const table = csvTableOf(query);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    } catch (error) {
      await runner.release();
      throw error;
    }
    const chunks = table ? csvChunks(runner, table) : jsonChunks(runner);
    const day = now.toISOString().slice(0, 10);
    const file = new StreamableFile(Readable.from(closing(runner, chunks)), {
      type: table ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="hubspoke-${table ?? 'network'}-${day}.${query.format}"`,
    });
    // The headers are out by then: cut the response short rather than end it as if the file were whole.
    return file.setErrorHandler((error, res) => {
      this.logger.error(`Network export failed: ${error.message}`);
      (res as unknown as { destroy(error?: Error): void }).destroy(error);
    });
  }
}

async function* jsonChunks(runner: QueryRunner): AsyncGenerator<string> {
  // Short ids, local to the file, keep 200,000 relationships well under the import's size limit.
  const ids = new Map<string, string>();
  yield '{"organizations":[';
  let separator = '';
  for await (const batch of fetchAll<OrganizationRow>(runner, ORGANIZATIONS_SQL)) {
    const rows = batch.map((o) => {
      const id = `#${ids.size + 1}`;
      ids.set(o.id, id);
      const { name, short_name, sector, country, sdgs } = o;
      return JSON.stringify({ id, name, short_name, sector, country, sdgs });
    });
    yield separator + rows.join(',');
    separator = ',';
  }
  yield '],"relationships":[';
  separator = '';
  for await (const batch of fetchAll<RelationshipRow>(runner, RELATIONSHIPS_SQL)) {
    const rows = batch.map((r) =>
      JSON.stringify({
        from: ids.get(r.source_id),
        to: ids.get(r.target_id),
        kind: r.kind,
        weight: r.weight,
        // absent in an import: null
        since: r.since ?? undefined,
        source: r.source ?? undefined,
      }),
    );
    yield separator + rows.join(',');
    separator = ',';
  }
  yield ']}\n';
}

async function* csvChunks(runner: QueryRunner, table: NetworkCsvTable): AsyncGenerator<string> {
  yield safeCsv([NETWORK_CSV_COLUMNS[table]]);
  if (table === 'organizations') {
    for await (const batch of fetchAll<OrganizationRow>(runner, ORGANIZATIONS_SQL)) {
      yield safeCsv(batch.map((o) => [o.name, o.short_name, o.sector, o.country, o.sdgs.join(';')]));
    }
    return;
  }
  for await (const batch of fetchAll<NamedRelationshipRow>(runner, NAMED_RELATIONSHIPS_SQL)) {
    yield safeCsv(batch.map((r) => [r.from, r.to, r.kind, r.weight, r.since, r.source]));
  }
}

/** A query's rows in batches, through a cursor of the runner's transaction. */
async function* fetchAll<T>(runner: QueryRunner, sql: string): AsyncGenerator<T[]> {
  await runner.query(`DECLARE network_export NO SCROLL CURSOR FOR ${sql}`);
  for (;;) {
    const batch: T[] = await runner.query(`FETCH ${FETCH} FROM network_export`);
    if (batch.length === 0) break;
    yield batch;
  }
  await runner.query('CLOSE network_export');
}

/** Ends the read-only transaction and gives the connection back, however the stream ends (a client gone, too). */
async function* closing(runner: QueryRunner, chunks: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    yield* chunks;
  } finally {
    await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
