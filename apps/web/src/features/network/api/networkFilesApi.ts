import type { NetworkCsvTable, NetworkFileFormat } from '@hubspoke/contracts';
import { api, apiFile } from '../../../lib/api';

/** What a network file holds: both tables as JSON, or one table as CSV. */
export type NetworkFileKind = 'json' | NetworkCsvTable;

interface FileKind {
  label: string;
  format: NetworkFileFormat;
  table?: NetworkCsvTable;
  /** The Content-Type the api takes the file with. */
  mediaType: string;
  extension: string;
}

export const NETWORK_FILE_KINDS: Record<NetworkFileKind, FileKind> = {
  json: {
    label: 'JSON: organizations and relationships',
    format: 'json',
    mediaType: 'application/json',
    extension: '.json',
  },
  organizations: {
    label: 'CSV: organizations',
    format: 'csv',
    table: 'organizations',
    mediaType: 'text/csv',
    extension: '.csv',
  },
  relationships: {
    label: 'CSV: relationships',
    format: 'csv',
    table: 'relationships',
    mediaType: 'text/csv',
    extension: '.csv',
  },
};

const fileQuery = (kind: NetworkFileKind) => ({
  format: NETWORK_FILE_KINDS[kind].format,
  table: NETWORK_FILE_KINDS[kind].table,
});

/** Uploads a file as the raw request body, typed as its kind needs; the worker imports it. */
export const uploadNetworkFile = (kind: NetworkFileKind, file: Blob) =>
  api.post('/network/imports', {
    query: fileQuery(kind),
    body: new Blob([file], { type: NETWORK_FILE_KINDS[kind].mediaType }),
  });

export const fetchNetworkImport = (id: string, signal?: AbortSignal) =>
  api.get('/network/imports/{id}', { path: { id }, signal });

export const downloadNetworkExport = (kind: NetworkFileKind) => apiFile('/network/export', { query: fileQuery(kind) });
