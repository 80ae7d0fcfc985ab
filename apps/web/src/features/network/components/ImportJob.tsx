import type { NetworkImportDto } from '@hubspoke/contracts';
import { Alert, Button, List, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useNetworkImport } from '../hooks/useNetworkImport';
import { ImportErrors, MAX_ROW_ERRORS } from './ImportErrors';

const STEPS: Record<'queued' | 'validating' | 'writing', string> = {
  queued: 'Waiting for the worker…',
  validating: 'Checking every row',
  writing: 'Writing all rows in one transaction',
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function Running({ job }: { job: NetworkImportDto }) {
  const { done, total } = job.progress;
  const known = job.status !== 'queued' && total > 0;
  return (
    <Stack gap={6}>
      <Text size="sm" aria-live="polite">
        {STEPS[job.status as keyof typeof STEPS]}
        {known && `: ${done.toLocaleString('en')} of ${count(total, 'row', 'rows')}`}
      </Text>
      <Progress
        value={known ? (100 * done) / total : 100}
        striped={!known}
        animated={!known}
        aria-label="Import progress"
      />
    </Stack>
  );
}

function Done({ job }: { job: NetworkImportDto }) {
  const c = job.counts!;
  return (
    <Alert color="green" title="Imported" role="status">
      <List size="sm" mb="sm">
        <List.Item>
          Organizations: {c.organizationsCreated.toLocaleString('en')} new,{' '}
          {c.organizationsUpdated.toLocaleString('en')} updated
        </List.Item>
        <List.Item>
          Relationships: {c.relationshipsCreated.toLocaleString('en')} new,{' '}
          {c.relationshipsUpdated.toLocaleString('en')} updated
        </List.Item>
      </List>
      <Text size="sm" mb="sm">
        The network is analysed again in the background; the map shows “Updating…” until then.
      </Text>
      <Button component={Link} to="/network" size="xs">
        See the network map
      </Button>
    </Alert>
  );
}

function Failed({ job }: { job: NetworkImportDto }) {
  const rows = job.errors.filter((e) => e.row > 0).length;
  return (
    <Stack gap="sm">
      <Alert color="red" title="Nothing was imported" role="alert">
        {rows === 0
          ? 'The file could not be imported as a whole.'
          : `${count(rows, 'row has', 'rows have')} problems${job.errors.length >= MAX_ROW_ERRORS ? ' (the first ones shown)' : ''}: correct them and import the file again.`}
      </Alert>
      <ImportErrors errors={job.errors} />
    </Stack>
  );
}

/** An import's progress while it runs, then what it imported, or every bad row when it failed (nothing written). */
export function ImportJob({ importId }: { importId: string }) {
  const job = useNetworkImport(importId);
  return (
    <section aria-label="Import">
      <QueryView query={job}>
        {(data) =>
          data.status === 'done' ? (
            <Done job={data} />
          ) : data.status === 'failed' ? (
            <Failed job={data} />
          ) : (
            <Running job={data} />
          )
        }
      </QueryView>
    </section>
  );
}
