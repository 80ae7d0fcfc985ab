import type { ProposalDto } from '@hubspoke/contracts';
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { OrganizationLink } from '../../organizations';

export const STATUS_COLORS: Record<ProposalDto['status'], string> = {
  submitted: 'gray',
  eligible: 'blue',
  ineligible: 'red',
  shortlisted: 'violet',
  awarded: 'green',
  not_selected: 'gray',
};

export function StatusBadge({ status }: { status: ProposalDto['status'] }) {
  return <Badge color={STATUS_COLORS[status]}>{status.replace('_', ' ')}</Badge>;
}

/** A proposal's content: problem, approach, team, goals. */
export function ProposalSummary({ proposal, currency }: { proposal: ProposalDto; currency: string }) {
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text size="sm">
          Lead:{' '}
          <OrganizationLink id={proposal.lead.id} fw={700} inherit>
            {proposal.lead.name}
          </OrganizationLink>{' '}
          · budget {proposal.budget.toLocaleString('en-GB')} {currency}
        </Text>
        <StatusBadge status={proposal.status} />
      </Group>
      <Text size="sm" fw={500}>
        Problem
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {proposal.problem}
      </Text>
      <Text size="sm" fw={500}>
        Approach
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {proposal.approach}
      </Text>
      {proposal.team.length > 0 && (
        <Text size="sm">Team: {proposal.team.map((m) => m.organization.name).join(', ')}</Text>
      )}
      <List size="sm">
        {proposal.goals.map((g, i) => (
          <List.Item key={i}>
            {g.title}: {g.baseline} → {g.target} {g.unit} by {g.dueDate}
            {g.indicatorCode ? ` (indicator ${g.indicatorCode})` : g.customMetricId ? ' (custom metric)' : ''}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
