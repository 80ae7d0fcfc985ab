import { NETWORK_CSV_COLUMNS } from '@hubspoke/contracts';
import { Alert, Button, Code, FileInput, Group, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../../lib/api';
import { NETWORK_FILE_KINDS, type NetworkFileKind } from '../api/networkFilesApi';
import { useUploadNetworkFile } from '../hooks/useUploadNetworkFile';

const KINDS = Object.keys(NETWORK_FILE_KINDS) as NetworkFileKind[];

/** What the chosen file's name says it holds; which CSV table stays the user's choice. */
function kindOfName(name: string, current: NetworkFileKind): NetworkFileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') && current === 'json') return 'organizations';
  return current;
}

/** Uploads a network file for import: what it holds (the api needs to know), and the file. */
export function ImportForm({ onQueued }: { onQueued: (importId: string) => void }) {
  const upload = useUploadNetworkFile();
  const [kind, setKind] = useState<NetworkFileKind>('json');
  const [file, setFile] = useState<File | null>(null);
  const { table } = NETWORK_FILE_KINDS[kind];

  const pick = (next: File | null) => {
    setFile(next);
    if (next) setKind(kindOfName(next.name, kind));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ kind, file }, { onSuccess: (job) => onQueued(job.id) });
  };

  return (
    <Stack component="form" gap="md" onSubmit={submit} aria-label="Import a network file">
      <FileInput
        label="File"
        description="JSON or CSV, at most 20 MB"
        placeholder="Choose a file"
        accept=".json,.csv,application/json,text/csv"
        value={file}
        onChange={pick}
        clearable
        clearButtonProps={{ 'aria-label': 'Remove the file' }}
        required
      />
      <Radio.Group label="What the file holds" value={kind} onChange={(value) => setKind(value as NetworkFileKind)}>
        <Group gap="lg" mt="xs">
          {KINDS.map((k) => (
            <Radio key={k} value={k} label={NETWORK_FILE_KINDS[k].label} />
          ))}
        </Group>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {table ? (
          <>
            Columns, with a header row: <Code>{NETWORK_CSV_COLUMNS[table].join(',')}</Code>
            {table === 'organizations'
              ? ' (sdgs separated by ; or |).'
              : ' (from and to: names of organizations in the network).'}
          </>
        ) : (
          <>
            <Code>{'{ "organizations": [...], "relationships": [...] }'}</Code>, as the JSON export writes it.
          </>
        )}{' '}
        Organizations are matched by name, ignoring case; relationships by from, to and kind.
      </Text>
      {upload.isError && (
        <Alert color="red" title="The file was not taken" role="alert">
          {errorMessage(upload.error)}
        </Alert>
      )}
      <Group>
        <Button type="submit" disabled={!file} loading={upload.isPending}>
          Import
        </Button>
      </Group>
    </Stack>
  );
}
