import { platformAllows } from '@hubspoke/contracts';
import { Anchor, Box, Button, Group, Stack, Switch, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useAuth } from '../../../lib/auth';
import { useAccountStanding } from '../../account';
import { useNetworkFilters } from '../hooks/useNetworkFilters';
import { useNetworkGraph } from '../hooks/useNetworkGraph';
import { useNetworkHubLayer } from '../hooks/useNetworkHubLayer';
import { nodeRefs } from '../map/nodeRefs';
import { AnalysisStatus } from './AnalysisStatus';
import { ExportMenu } from './ExportMenu';
import { InsightsPanel } from './InsightsPanel';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapLegend } from './MapLegend';
import { MeasureGlossary } from './MeasureGlossary';
import { NetworkFilters } from './NetworkFilters';
import { NetworkMap } from './NetworkMap';
import { OrganizationPanel } from './OrganizationPanel';
import { OrganizationSearch } from './OrganizationSearch';
import classes from './NetworkPage.module.css';
import { WhatIfPanel, type Member } from './WhatIfPanel';

type Panel = 'organization' | 'insights' | 'what-if';

/** The network of organizations: the map, its filters, one organization's place, the scope's insights, what-ifs. */
export default function NetworkPage() {
  const { user } = useAuth();
  const account = useAccountStanding();
  const { filters, setFilters } = useNetworkFilters();
  const graph = useNetworkGraph(filters);
  const [showHubs, setShowHubs] = useState(false);
  const hubLayer = useNetworkHubLayer(filters.sdg, showHubs);
  const [panel, setPanel] = useState<Panel>(filters.org ? 'organization' : 'insights');
  const [focusPanel, setFocusPanel] = useState(false);
  const [members, setMembers] = useState<Member[]>([]);
  const marked = useMemo(() => new Set(members.map((m) => m.id)), [members]);
  const nodes = useMemo(() => (graph.data ? nodeRefs(graph.data.nodes) : []), [graph.data]);

  const select = useCallback(
    (id: string | null, { fromList = false } = {}) => {
      setFilters({ org: id });
      setFocusPanel(fromList);
      if (id) setPanel('organization');
    },
    [setFilters],
  );
  const selectFromList = useCallback((id: string) => select(id, { fromList: true }), [select]);
  const selectOnMap = useCallback((id: string | null) => select(id), [select]);

  const selectedNode = nodes.find((n) => n.id === filters.org);
  const selected: Member | null = selectedNode ? { id: selectedNode.id, name: selectedNode.name } : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end" wrap="wrap">
        <div>
          <Title order={1}>Network</Title>
          <Text c="dimmed" size="sm">
            Organizations and their ties: declared relationships and membership of the same public hubs.
          </Text>
        </div>
        <Group gap="sm" align="center">
          {graph.data && <AnalysisStatus analyzedAt={graph.data.analyzedAt} stale={graph.data.stale} />}
          <Button component={Link} to="/consolidation" variant="subtle">
            Where hubs overlap
          </Button>
          {user && <ExportMenu />}
          {account && platformAllows(account, 'network.import') && (
            <Button component={Link} to="/network/import" variant="default">
              Import
            </Button>
          )}
        </Group>
      </Group>
      <NetworkFilters filters={filters} setFilters={setFilters} facets={graph.data?.facets} />
      <Box className={classes.columns}>
        <Stack gap="sm">
          <OrganizationSearch nodes={nodes} value={filters.org} onChange={selectOnMap} />
          <Switch
            label="Hubs and federation links"
            description="Public hubs at the centre of their members; arrows from a parent hub to its member hubs"
            checked={showHubs}
            onChange={(event) => setShowHubs(event.currentTarget.checked)}
          />
          <QueryView query={graph}>
            {(data) =>
              data.nodes.id.length === 0 ? (
                <EmptyState>No organization matches these filters.</EmptyState>
              ) : (
                <MapErrorBoundary>
                  <NetworkMap
                    data={data}
                    sizeBy={filters.size}
                    selected={filters.org}
                    marked={marked}
                    onSelect={selectOnMap}
                    hubLayer={showHubs ? (hubLayer.data ?? null) : null}
                  />
                </MapErrorBoundary>
              )
            }
          </QueryView>
          <MapLegend sizeBy={filters.size} hubs={showHubs} />
          <MeasureGlossary />
        </Stack>
        <div>
          <Tabs value={panel} onChange={(value) => setPanel((value as Panel | null) ?? 'insights')}>
            <Tabs.List grow>
              <Tabs.Tab value="organization">Organization</Tabs.Tab>
              <Tabs.Tab value="insights">Insights</Tabs.Tab>
              <Tabs.Tab value="what-if">What-if</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="organization" pt="md">
              {filters.org ? (
                <OrganizationPanel
                  orgId={filters.org}
                  sdg={filters.sdg}
                  onSelect={selectFromList}
                  onClose={() => select(null)}
                  onAddToWhatIf={
                    user && selected && !marked.has(selected.id)
                      ? () => {
                          setMembers([...members, selected]);
                          setPanel('what-if');
                        }
                      : undefined
                  }
                  focusOnOpen={focusPanel}
                />
              ) : (
                <EmptyState>Select an organization on the map, with the search, or from the insights.</EmptyState>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="insights" pt="md">
              <InsightsPanel sdg={filters.sdg} onSelect={selectFromList} />
            </Tabs.Panel>
            <Tabs.Panel value="what-if" pt="md">
              {user ? (
                <WhatIfPanel
                  sdg={filters.sdg}
                  nodes={nodes}
                  members={members}
                  onMembersChange={setMembers}
                  selected={selected}
                />
              ) : (
                <Text size="sm">
                  <Anchor component={Link} to="/signin?next=%2Fnetwork">
                    Sign in
                  </Anchor>{' '}
                  to try a hypothetical hub: pick its members and see how the network&apos;s reach would change.
                </Text>
              )}
            </Tabs.Panel>
          </Tabs>
        </div>
      </Box>
    </Stack>
  );
}
