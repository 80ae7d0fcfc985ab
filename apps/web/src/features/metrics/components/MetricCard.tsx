import type { MetricDto } from '@hubspoke/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Where a metric's league is: SDG indicators by code, custom metrics by id. */
export const metricLeaguePath = (metric: Pick<MetricDto, 'id' | 'code' | 'kind'>) =>
  metric.kind === 'sdg_indicator' && metric.code
    ? `/ratings/indicators/${encodeURIComponent(metric.code)}`
    : `/ratings/metrics/${metric.id}`;

export function MetricCard({ metric, actions }: { metric: MetricDto; actions?: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="start">
          <Text fw={500}>
            {metric.code && <Text span c="dimmed">{`${metric.code} `}</Text>}
            {metric.name}
          </Text>
          {actions}
        </Group>
        {metric.definition && (
          <Text size="sm" lineClamp={3}>
            {metric.definition}
          </Text>
        )}
        <Group gap={4}>
          <Badge size="xs" variant="outline">
            {metric.kind === 'custom' ? 'Custom' : 'SDG indicator'}
          </Badge>
          {metric.unit && (
            <Badge size="xs" variant="light" color="gray">
              unit: {metric.unit}
            </Badge>
          )}
          {metric.sdgs.map((s) => (
            <Badge key={s} size="xs" variant="light">
              SDG {s}
            </Badge>
          ))}
          {metric.sdgTargets.map((t) => (
            <Badge key={t} size="xs" variant="light" color="teal">
              {t}
            </Badge>
          ))}
        </Group>
        <Anchor component={Link} to={metricLeaguePath(metric)} size="sm">
          League on this metric
        </Anchor>
      </Stack>
    </Paper>
  );
}
