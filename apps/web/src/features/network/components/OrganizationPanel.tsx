import type { CentralityDto, OrganizationNetworkDto } from '@hubspoke/contracts';
import { Badge, Button, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { QueryView } from '../../../components/QueryView';
import { SECTOR_LABELS } from '../../../lib/format';
import { SdgBadges } from '../../hubs';
import { OrganizationLink } from '../../organizations';
import { useOrganizationNetwork } from '../hooks/useOrganizationNetwork';
import { countryName } from '../../../lib/countries';
import { MetricsTable } from './MetricsTable';
import { OrganizationHubs } from './OrganizationHubs';
import { TieList } from './TieList';

interface Props {
  orgId: string;
  /** The map's scope: its metrics are shown beside the overall ones. */
  sdg: number | null;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Adds the organization to the what-if's members; absent when it is one already. */
  onAddToWhatIf?: () => void;
  /** Moves the focus to the panel once it shows (when it was opened from a list, whose button is now hidden). */
  focusOnOpen?: boolean;
}

/** One organization's place in the network: metrics, ties by kind, hubs. */
export function OrganizationPanel({ orgId, sdg, onSelect, onClose, onAddToWhatIf, focusOnOpen = false }: Props) {
  const query = useOrganizationNetwork(orgId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = query.data?.organization.id;
  useEffect(() => {
    if (focusOnOpen && shown) headingRef.current?.focus();
  }, [focusOnOpen, shown]);
  return (
    <QueryView query={query}>
      {(data) => (
        <Stack gap="md" component="section" aria-labelledby="organization-panel-title">
          <Group justify="space-between" align="start" wrap="nowrap">
            <Stack gap={4}>
              <Title order={2} size="h3" id="organization-panel-title" ref={headingRef} tabIndex={-1}>
                {data.organization.name}
              </Title>
              <Group gap="xs">
                <Badge variant="light">{SECTOR_LABELS[data.organization.sector]}</Badge>
                {data.organization.country && <Text size="sm">{countryName(data.organization.country)}</Text>}
              </Group>
              <SdgBadges sdgs={data.organization.sdgs} />
              <OrganizationLink id={data.organization.id} size="sm" w="fit-content">
                Its page: record, members, history
              </OrganizationLink>
            </Stack>
            <CloseButton aria-label="Close the organization panel" onClick={onClose} />
          </Group>
          {onAddToWhatIf && (
            <Button variant="light" size="xs" onClick={onAddToWhatIf} style={{ alignSelf: 'start' }}>
              Add to the what-if hub
            </Button>
          )}
          <Metrics data={data} sdg={sdg} />
          <TieList ties={data.ties} onSelect={onSelect} />
          <OrganizationHubs hubs={data.hubs} />
        </Stack>
      )}
    </QueryView>
  );
}

function Metrics({ data, sdg }: { data: OrganizationNetworkDto; sdg: number | null }) {
  const of = (scope: number | null): CentralityDto | null => data.metrics.find((m) => m.sdg === scope)?.metrics ?? null;
  const columns = [
    ...(sdg !== null ? [{ label: `SDG ${sdg}`, metrics: of(sdg) }] : []),
    { label: 'Whole network', metrics: of(null) },
  ];
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Centrality
      </Title>
      {columns.every((c) => c.metrics === null) ? (
        <Text size="sm" c="dimmed">
          Not analysed yet: the next analysis will include it.
        </Text>
      ) : (
        <MetricsTable columns={columns} />
      )}
    </Stack>
  );
}
