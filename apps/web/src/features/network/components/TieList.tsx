import type { OrganizationTieDto, TieKind } from '@hubspoke/contracts';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../../lib/format';
import { TIE_LABELS, TIE_STYLES } from '../map/palette';
import { TIE_PHRASES } from './format';

const KINDS: TieKind[] = ['funds', 'board_seat', 'partners_with', 'member_of', 'co_member'];
/** Ties shown per kind before "Show all". */
const SHOWN = 8;

/** The ties of each kind, strongest first (the api's order); one tie of several kinds is listed under each. */
export function groupTies(ties: OrganizationTieDto[]): { kind: TieKind; ties: OrganizationTieDto[] }[] {
  return KINDS.map((kind) => ({ kind, ties: ties.filter((t) => t.kinds.includes(kind)) })).filter(
    (g) => g.ties.length > 0,
  );
}

export function TieList({ ties, onSelect }: { ties: OrganizationTieDto[]; onSelect: (id: string) => void }) {
  const groups = groupTies(ties);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Ties ({ties.length})
      </Title>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          No declared tie, and no co-member in a public hub.
        </Text>
      )}
      {groups.map((group) => (
        <TieGroup key={group.kind} kind={group.kind} ties={group.ties} onSelect={onSelect} />
      ))}
    </Stack>
  );
}

function TieGroup({
  kind,
  ties,
  onSelect,
}: {
  kind: TieKind;
  ties: OrganizationTieDto[];
  onSelect: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? ties : ties.slice(0, SHOWN);
  const headingId = `ties-${kind}`;
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <span
          aria-hidden="true"
          style={{ display: 'inline-block', width: 14, height: 3, background: TIE_STYLES[kind].color }}
        />
        <Text size="sm" fw={600} id={headingId}>
          {TIE_LABELS[kind]} ({ties.length})
        </Text>
      </Group>
      <List size="sm" spacing={2} listStyleType="none" aria-labelledby={headingId}>
        {shown.map((tie) => (
          <List.Item key={tie.organization.id}>
            <TieRow kind={kind} tie={tie} onSelect={onSelect} />
          </List.Item>
        ))}
      </List>
      {ties.length > SHOWN && (
        <Button variant="subtle" size="compact-xs" onClick={() => setAll(!all)} style={{ alignSelf: 'start' }}>
          {all ? 'Show fewer' : `Show all ${ties.length}`}
        </Button>
      )}
    </Stack>
  );
}

function TieRow({ kind, tie, onSelect }: { kind: TieKind; tie: OrganizationTieDto; onSelect: (id: string) => void }) {
  const name = (
    <Anchor component="button" type="button" size="sm" ta="start" onClick={() => onSelect(tie.organization.id)}>
      {tie.organization.name}
    </Anchor>
  );
  if (kind === 'co_member')
    return (
      <Text size="sm" component="div">
        {name}{' '}
        <Text span size="xs" c="dimmed">
          {tie.sharedHubs} shared public {tie.sharedHubs === 1 ? 'hub' : 'hubs'}
        </Text>
      </Text>
    );
  return (
    <Stack gap={0}>
      {tie.declared
        .filter((d) => d.kind === kind)
        .map((d, i) => (
          <Text size="sm" component="div" key={`${d.direction}-${i}`}>
            <Text span size="sm" c="dimmed">
              {TIE_PHRASES[d.kind][d.direction]}
            </Text>{' '}
            {name}
            <Text span size="xs" c="dimmed">
              {d.since && ` · since ${formatDate(d.since)}`}
              {d.weight !== 1 && ` · weight ${d.weight}`}
            </Text>
            {d.source && <TieSource source={d.source} />}
          </Text>
        ))}
    </Stack>
  );
}

/** Where a declared tie is documented: a link when it is a web address. */
function TieSource({ source }: { source: string }) {
  const url = /^https?:\/\//i.test(source) ? source : null;
  return (
    <Text size="xs" c="dimmed">
      Source:{' '}
      {url ? (
        <Anchor href={url} target="_blank" rel="noreferrer" size="xs">
          {source.replace(/^https?:\/\//i, '')}
        </Anchor>
      ) : (
        source
      )}
    </Text>
  );
}
