import { Alert, Button, CloseButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { errorMessage } from '../../../lib/api';
import { useWhatIf } from '../hooks/useWhatIf';
import type { MapNodeRef } from '../map/nodeRefs';
import { OrganizationSearch } from './OrganizationSearch';
import { WhatIfResult } from './WhatIfResult';

export interface Member {
  id: string;
  name: string;
}

/** The api's limit on a hypothetical hub's members. */
export const MAX_MEMBERS = 500;

interface Props {
  sdg: number | null;
  /** The organizations to choose from: those on the map. */
  nodes: MapNodeRef[];
  members: Member[];
  onMembersChange: (members: Member[]) => void;
  /** The organization selected on the map, offered as a member. */
  selected: Member | null;
}

/** A hypothetical hub: pick its members, see how reach and centralization would change. */
export function WhatIfPanel({ sdg, nodes, members, onMembersChange, selected }: Props) {
  const whatIf = useWhatIf();
  const { reset } = whatIf;
  // a result belongs to the scope and the members it was run with
  const memberKey = members.map((m) => m.id).join();
  useEffect(() => reset(), [sdg, memberKey, reset]);

  const add = (member: Member) => {
    if (members.length < MAX_MEMBERS && !members.some((m) => m.id === member.id)) onMembersChange([...members, member]);
  };
  const addById = (id: string | null) => {
    const node = nodes.find((n) => n.id === id);
    if (node) add({ id: node.id, name: node.name });
  };
  const canAddSelected = selected !== null && !members.some((m) => m.id === selected.id);

  return (
    <Stack gap="md" component="section" aria-labelledby="what-if-title">
      <Title order={2} size="h4" id="what-if-title">
        What if a new hub brought these together?
      </Title>
      <Text size="sm" c="dimmed">
        Choose the members of a hypothetical hub{sdg ? ` working on SDG ${sdg}` : ''}: every pair of them gets a tie,
        and you see how far they would reach and how the network’s shape would change.
      </Text>
      <Group align="end" gap="xs" wrap="wrap">
        <OrganizationSearch nodes={nodes} value={null} onChange={addById} label="Add a member" clearOnPick />
        {selected && (
          <Button variant="light" disabled={!canAddSelected} onClick={() => selected && add(selected)}>
            Add {selected.name}
          </Button>
        )}
      </Group>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed">
          No member yet.
        </Text>
      ) : (
        <List size="sm" spacing={2} listStyleType="none" aria-label="Members of the hypothetical hub">
          {members.map((m) => (
            <List.Item key={m.id}>
              <Group gap={4} wrap="nowrap">
                <Text size="sm">{m.name}</Text>
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${m.name}`}
                  onClick={() => onMembersChange(members.filter((x) => x.id !== m.id))}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="xs">
        <Button
          onClick={() => whatIf.mutate({ sdg, memberIds: members.map((m) => m.id) })}
          disabled={members.length === 0}
          loading={whatIf.isPending}
        >
          Run the what-if
        </Button>
        {members.length > 0 && (
          <Button variant="subtle" onClick={() => onMembersChange([])}>
            Clear
          </Button>
        )}
      </Group>
      {whatIf.isError && (
        <Alert color="red" title="The what-if did not run" role="alert">
          {errorMessage(whatIf.error)}
        </Alert>
      )}
      {whatIf.data && <WhatIfResult result={whatIf.data} />}
    </Stack>
  );
}
