import { hubAllows, type MetricDto } from '@hubspoke/contracts';
import { QueryView } from '../../../components/QueryView';
import { Button, Modal, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { HubMemberRoles } from '../../network';
import { HubRatingCard } from '../../ratings';
import { useHubContext } from '../../workspace';
import { useHubMetrics } from '../hooks/useMetrics';
import { MetricCard } from './MetricCard';
import { MetricForm } from './MetricForm';

/** The hub's rating, its members' place in the network, and its custom metrics (the secretariat defines them). */
export default function HubMetricsPage() {
  const { hub, me } = useHubContext();
  const metrics = useHubMetrics(hub.id);
  const [editing, setEditing] = useState<MetricDto | 'new' | null>(null);
  const manage = hubAllows(me, 'goal.edit');
  return (
    <Stack>
      <HubRatingCard hubId={hub.id} />
      <HubMemberRoles hubId={hub.id} />
      <Title order={2}>Custom metrics</Title>
      <Text c="dimmed" size="sm">
        Metrics this hub defines beside the SDG indicators. Goals bound to the same metric are comparable across hubs.
      </Text>
      {manage && (
        <Button w="fit-content" onClick={() => setEditing('new')}>
          New metric
        </Button>
      )}
      <QueryView query={metrics}>
        {(loaded) =>
          loaded.items.length === 0 ? (
            <Text c="dimmed">No custom metrics yet.</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
              {loaded.items.map((m) => (
                <MetricCard
                  key={m.id}
                  metric={m}
                  actions={
                    manage && (
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(m)}>
                        Edit<VisuallyHidden>&nbsp;{m.name}</VisuallyHidden>
                      </Button>
                    )
                  }
                />
              ))}
            </Stack>
          )
        }
      </QueryView>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New metric' : 'Edit metric'}
        size="lg"
      >
        {editing !== null && (
          <MetricForm
            key={editing === 'new' ? 'new' : editing.id}
            hubId={hub.id}
            metric={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
