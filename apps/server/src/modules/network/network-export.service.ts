import { NETWORK_CSV_COLUMNS, type NetworkCsvTable } from '@hubspoke/contracts';
import { Injectable } from '@nestjs/common';
import type { ExportFile } from '../../infra/export/export-file';
import { ExportStreamer, type ExportQuery, type ExportRows } from '../../infra/export/export-streamer';
import { safeCsv } from '../../infra/export/safe-csv';
import { csvTableOf, type NetworkFileQuery } from './network-file.dto';

const ORGANIZATIONS: ExportQuery = {
  sql: `SELECT id, name, short_name, sector, country, sdgs FROM organization`,
  orderBy: 'name, id',
};
const RELATIONSHIPS: ExportQuery = {
  sql: `SELECT source_id, target_id, kind, weight, since::text AS since, source FROM relationship`,
  orderBy: 'source_id, target_id, kind',
};
const NAMED_RELATIONSHIPS: ExportQuery = {
  sql: `SELECT s.name AS "from", t.name AS "to", r.kind, r.weight, r.since::text AS since, r.source
          FROM relationship r JOIN organization s ON s.id = r.source_id JOIN organization t ON t.id = r.target_id`,
  orderBy: 's.name, t.name, r.kind',
};

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
 * local to the file), or one table as CSV (relationships name organizations by name), streamed with a row limit.
 */
@Injectable()
export class NetworkExportService {
  constructor(private readonly streamer: ExportStreamer) {}

  export(query: NetworkFileQuery, now = new Date()): Promise<ExportFile> {
    const table = csvTableOf(query);
    const day = now.toISOString().slice(0, 10);
    const name = `hubspoke-${table ?? 'network'}-${day}.${query.format}`;
    if (!table) {
      return this.streamer.stream(
        { name, type: 'application/json; charset=utf-8' },
        [ORGANIZATIONS, RELATIONSHIPS],
        json,
      );
    }
    const source = table === 'organizations' ? ORGANIZATIONS : NAMED_RELATIONSHIPS;
    return this.streamer.stream({ name, type: 'text/csv; charset=utf-8' }, [source], (rows) => csv(rows, table));
  }
}

async function* json(rows: ExportRows): AsyncGenerator<string> {
  // Short ids, local to the file, keep 200,000 relationships well under the import's size limit.
  const ids = new Map<string, string>();
  yield '{"organizations":[';
  let separator = '';
  for await (const batch of rows<OrganizationRow>(ORGANIZATIONS)) {
    const items = batch.map((o) => {
      const id = `#${ids.size + 1}`;
      ids.set(o.id, id);
      const { name, short_name, sector, country, sdgs } = o;
      return JSON.stringify({ id, name, short_name, sector, country, sdgs });
    });
    yield separator + items.join(',');
    separator = ',';
  }
  yield '],"relationships":[';
  separator = '';
  for await (const batch of rows<RelationshipRow>(RELATIONSHIPS)) {
    const items = batch.flatMap((r) => {
      const [from, to] = [ids.get(r.source_id), ids.get(r.target_id)];
      // past the row limit, an organization may not be in the file: its ties are left out with it
      if (!from || !to) return [];
      // absent in an import: null
      return [
        JSON.stringify({
          from,
          to,
          kind: r.kind,
          weight: r.weight,
          since: r.since ?? undefined,
          source: r.source ?? undefined,
        }),
      ];
    });
    if (items.length === 0) continue;
    yield separator + items.join(',');
    separator = ',';
  }
  yield ']}\n';
}

async function* csv(rows: ExportRows, table: NetworkCsvTable): AsyncGenerator<string> {
  yield safeCsv([NETWORK_CSV_COLUMNS[table]]);
  if (table === 'organizations') {
    for await (const batch of rows<OrganizationRow>(ORGANIZATIONS)) {
      yield safeCsv(batch.map((o) => [o.name, o.short_name, o.sector, o.country, o.sdgs.join(';')]));
    }
    return;
  }
  for await (const batch of rows<NamedRelationshipRow>(NAMED_RELATIONSHIPS)) {
    yield safeCsv(batch.map((r) => [r.from, r.to, r.kind, r.weight, r.since, r.source]));
  }
}
