import type { TieKind } from '@hubspoke/contracts';
import { Box, Group, Text } from '@mantine/core';
import { SECTOR_LABELS } from '../../../lib/format';
import { SIZE_LABELS } from './SizeControl';
import type { SizeMetric } from '../hooks/useNetworkFilters';
import { HUB_STYLE } from '../map/hubLayer';
import { SECTOR_COLORS, SECTOR_LIST, TIE_LABELS, TIE_STYLES } from '../map/palette';

const TIES: TieKind[] = ['funds', 'board_seat', 'partners_with', 'member_of', 'co_member'];

/** What the map's colours, lines and sizes mean. */
export function MapLegend({ sizeBy, hubs = false }: { sizeBy: SizeMetric; hubs?: boolean }) {
  return (
    <Box component="section" aria-label="Map legend">
      <Group gap="md" wrap="wrap" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Sectors">
        {SECTOR_LIST.map((sector) => (
          <Group key={sector} gap={6} wrap="nowrap" component="li">
            <Box w={12} h={12} bg={SECTOR_COLORS[sector]} style={{ borderRadius: '50%' }} aria-hidden="true" />
            <Text size="xs">{SECTOR_LABELS[sector]}</Text>
          </Group>
        ))}
      </Group>
      <Group gap="md" wrap="wrap" mt={6} component="ul" p={0} style={{ listStyle: 'none' }} aria-label="Ties">
        {TIES.map((kind) => (
          <Group key={kind} gap={6} wrap="nowrap" component="li">
            <Box
              w={18}
              h={Math.max(2, Math.round(TIE_STYLES[kind].size * 1.5))}
              bg={TIE_STYLES[kind].color}
              aria-hidden="true"
            />
            <Text size="xs">{TIE_LABELS[kind]}</Text>
          </Group>
        ))}
      </Group>
      {hubs && (
        <Group gap="md" wrap="wrap" mt={6} component="ul" p={0} style={{ listStyle: 'none' }} aria-label="Hubs">
          <Group gap={6} wrap="nowrap" component="li">
            <Box w={12} h={12} bg={HUB_STYLE.color} style={{ borderRadius: '50%' }} aria-hidden="true" />
            <Text size="xs">Public hub (select it to open its page)</Text>
          </Group>
          <Group gap={6} wrap="nowrap" component="li">
            <Box w={18} h={4} bg={HUB_STYLE.linkColor} aria-hidden="true" />
            <Text size="xs">Federation link, parent → member hub</Text>
          </Group>
        </Group>
      )}
      <Text size="xs" c="dimmed" mt={6}>
        Size: {SIZE_LABELS[sizeBy]} in the scope. Hover or select an organization to see its ties.
      </Text>
    </Box>
  );
}
