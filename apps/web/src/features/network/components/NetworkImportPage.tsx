import { platformAllows } from '@hubspoke/contracts';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useAccountStanding } from '../../account';
import { ExportMenu } from './ExportMenu';
import { ImportForm } from './ImportForm';
import { ImportJob } from './ImportJob';

/** The import's id in the URL: a reload keeps following it. */
const IMPORT_PARAM = 'import';

/** Platform admins import organizations and relationships from a file and follow the import; anyone exports. */
export default function NetworkImportPage() {
  const account = useAccountStanding();
  const [params, setParams] = useSearchParams();
  const importId = params.get(IMPORT_PARAM);
  const back = (
    <Anchor component={Link} to="/network" size="sm">
      Back to the network map
    </Anchor>
  );

  if (!account || !platformAllows(account, 'network.import')) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>Import network files</Title>
        <Alert color="gray" title="For platform admins">
          Only platform admins import organizations and relationships. Anyone signed in can export them from the map.
        </Alert>
        {back}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between" align="end" wrap="wrap">
        <div>
          <Title order={1}>Import organizations and relationships</Title>
          <Text c="dimmed" size="sm">
            Every row is checked first: if any row has a problem, nothing is written and you see every such row.
          </Text>
        </div>
        <ExportMenu />
      </Group>
      <ImportForm onQueued={(id) => setParams({ [IMPORT_PARAM]: id })} />
      {importId && <ImportJob key={importId} importId={importId} />}
      {back}
    </Stack>
  );
}
