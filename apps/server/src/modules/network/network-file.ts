import { NETWORK_CSV_COLUMNS, type NetworkCsvTable, type NetworkFileFormat } from '@hubspoke/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { restoreFormula } from '../../infra/export/safe-csv';

/**
 * The network file formats, as read for an import: JSON (`{ actors | organizations, relationships }`, the shape of
 * data/actors-sample.json) or CSV (one table, header row first). Reading yields raw rows; the validator judges them.
 */

/** Organizations are matched by name, ignoring case and surrounding spaces. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/** The whole file is unusable (not JSON, no header, unknown columns): refused on upload with a 400. */
export class NetworkFileError extends Error {}

/** One row of a table, numbered from 1 (the array index + 1 in JSON; the data row after the header in CSV). */
export interface RawRow {
  row: number;
  /** JSON: the array element as it is. CSV: the cells by canonical column name. */
  value: unknown;
  /** Problems found while reading the row (a CSV row with more cells than the header). */
  problems?: string[];
}

export interface RawFile {
  organizations: RawRow[];
  relationships: RawRow[];
  /** A CSV that could not be read to its end: the row where reading stopped, and why. */
  broken?: { row: number; reason: string };
}

const CSV_ALIASES: Record<NetworkCsvTable, Record<string, string>> = {
  organizations: { shortname: 'short_name', 'short name': 'short_name' },
  relationships: { note: 'source' },
};
const CSV_REQUIRED: Record<NetworkCsvTable, readonly string[]> = {
  organizations: ['name', 'sector'],
  relationships: ['from', 'to', 'kind'],
};
const CSV_OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true } as const;

/** Reads the whole file into rows; throws NetworkFileError when the file as a whole is unusable. */
export function readNetworkFile(format: NetworkFileFormat, table: NetworkCsvTable | null, content: string): RawFile {
  if (format === 'json') return readJson(content);
  if (!table) throw new NetworkFileError('A CSV file needs its table: organizations or relationships');
  return readCsv(table, content);
}

/**
 * What the api checks before accepting a file, cheaply: JSON is parsed whole; of a CSV only the header is read (its
 * rows are read and judged by the worker).
 */
export function checkNetworkFile(format: NetworkFileFormat, table: NetworkCsvTable | null, content: string): void {
  if (format === 'json') {
    readJson(content);
    return;
  }
  if (!table) throw new NetworkFileError('A CSV file needs its table: organizations or relationships');
  let header: string[] | undefined;
  try {
    header = (parse(content, { ...CSV_OPTIONS, to: 1 }) as string[][])[0];
  } catch (error) {
    throw new NetworkFileError(`The CSV header cannot be read: ${csvMessage(error)}`);
  }
  csvColumns(table, header);
}

function readJson(content: string): RawFile {
  let file: unknown;
  try {
    file = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new NetworkFileError(`The file is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new NetworkFileError('The file must be a JSON object with "organizations" (or "actors") and "relationships"');
  }
  const { actors, organizations, relationships } = file as Record<string, unknown>;
  if (actors !== undefined && organizations !== undefined) {
    throw new NetworkFileError('Give the organizations as "organizations" or as "actors", not both');
  }
  const orgs = organizations ?? actors;
  if (orgs === undefined && relationships === undefined) {
    throw new NetworkFileError('The file has neither "organizations" (or "actors") nor "relationships"');
  }
  for (const [name, value] of [
    [organizations !== undefined ? 'organizations' : 'actors', orgs],
    ['relationships', relationships],
  ] as const) {
    if (value !== undefined && !Array.isArray(value)) throw new NetworkFileError(`"${name}" must be an array`);
  }
  const rows = (list: unknown): RawRow[] =>
    ((list as unknown[] | undefined) ?? []).map((value, i) => ({ row: i + 1, value }));
  return { organizations: rows(orgs), relationships: rows(relationships) };
}

/** The canonical column name of each header cell; throws when a required column is missing or one is unknown. */
function csvColumns(table: NetworkCsvTable, header: string[] | undefined): string[] {
  if (!header || header.every((cell) => cell.trim() === ''))
    throw new NetworkFileError('The CSV file has no header row');
  const known: readonly string[] = NETWORK_CSV_COLUMNS[table];
  const columns = header.map((cell) => {
    const name = cell.trim().toLowerCase();
    return CSV_ALIASES[table][name] ?? name;
  });
  const problems: string[] = [];
  const unknown = columns.filter((c) => !known.includes(c));
  if (unknown.length) problems.push(`unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}`);
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (twice.length) problems.push(`column(s) given twice: ${[...new Set(twice)].join(', ')}`);
  const missing = CSV_REQUIRED[table].filter((c) => !columns.includes(c));
  if (missing.length) problems.push(`missing column(s) ${missing.join(', ')}`);
  if (problems.length) {
    throw new NetworkFileError(
      `The CSV header of ${table} is not usable: ${problems.join('; ')}. Columns: ${known.join(', ')}`,
    );
  }
  return columns;
}

function readCsv(table: NetworkCsvTable, content: string): RawFile {
  let columns: string[] | null = null;
  const rows: RawRow[] = [];
  let broken: RawFile['broken'];
  try {
    parse(content, {
      ...CSV_OPTIONS,
      on_record: (record: string[]) => {
        if (!columns) {
          columns = csvColumns(table, record);
          return null;
        }
        const cells: Record<string, string> = {};
        // an export writes a formula-like cell after a quote (safeCsv): read back what it was
        columns.forEach((column, i) => (cells[column] = restoreFormula(record[i] ?? '')));
        const extra = record.slice(columns.length).filter((cell) => cell.trim() !== '');
        rows.push({
          row: rows.length + 1,
          value: cells,
          problems: extra.length ? [`has ${record.length} cells; the header has ${columns.length}`] : undefined,
        });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof NetworkFileError) throw error;
    if (!columns) throw new NetworkFileError(`The CSV header cannot be read: ${csvMessage(error)}`);
    broken = { row: rows.length + 1, reason: `the CSV cannot be read from here on: ${csvMessage(error)}` };
  }
  if (!columns) throw new NetworkFileError('The CSV file has no header row');
  return {
    organizations: table === 'organizations' ? rows : [],
    relationships: table === 'relationships' ? rows : [],
    broken,
  };
}

function csvMessage(error: unknown): string {
  return error instanceof CsvError || error instanceof Error ? error.message : String(error);
}
