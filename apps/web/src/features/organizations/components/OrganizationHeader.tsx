import type { OrganizationDetailDto } from '@hubspoke/contracts';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { countryName } from '../../../lib/countries';
import { formatDate, SECTOR_LABELS } from '../../../lib/format';
import { SdgBadges } from '../../hubs';
import { EditOrganizationButton } from './EditOrganizationButton';
import { VerifiedBadge } from './VerifiedBadge';

/** The public record: who the organization is, whether a platform admin checked it, and whether anyone runs it here. */
export function OrganizationHeader({ org, canEdit }: { org: OrganizationDetailDto; canEdit: boolean }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="start" gap="xs">
        <Title order={1}>
          {org.name}
          {org.shortName && org.shortName !== org.name && (
            <Text span c="dimmed" inherit fw={400}>
              {' '}
              ({org.shortName})
            </Text>
          )}
        </Title>
        {canEdit && <EditOrganizationButton org={org} />}
      </Group>
      <Group gap="xs">
        {org.verifiedAt ? (
          <VerifiedBadge size="md" />
        ) : (
          <Badge color="gray" variant="outline">
            Not verified
          </Badge>
        )}
        {!org.claimed && (
          <Badge
            color="yellow"
            variant="light"
            title="No admin runs it here yet: a platform admin decides its requests"
          >
            Unclaimed
          </Badge>
        )}
        <Badge variant="light" color="grape">
          {SECTOR_LABELS[org.sector]}
        </Badge>
        {org.country && <Text size="sm">{countryName(org.country)}</Text>}
      </Group>
      {org.verifiedAt && (
        <Text size="sm" c="dimmed">
          A platform admin verified it on {formatDate(org.verifiedAt)}.
        </Text>
      )}
      {org.emailDomains.length > 0 && (
        <Text size="sm">
          Verified email domains: <b>{org.emailDomains.join(', ')}</b>. People who confirm an address there join it on
          their own.
        </Text>
      )}
      {!org.claimed && (
        <Text size="sm" c="dimmed">
          Nobody runs this organization on Hubspoke yet: a platform admin decides who joins it.
        </Text>
      )}
      {org.website && (
        <Anchor href={org.website} target="_blank" rel="noopener noreferrer" size="sm" w="fit-content">
          {org.website}
        </Anchor>
      )}
      {org.description && <Text>{org.description}</Text>}
      <SdgBadges sdgs={org.sdgs} />
    </Stack>
  );
}
