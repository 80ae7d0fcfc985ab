import type { HubLinkDto } from '@hubspoke/contracts';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';

interface Props {
  hubId: string;
  links: HubLinkDto[];
  /** Which side of each link to name: the hub above this one, or the one below. */
  other: 'parentHub' | 'childHub';
  canManage: boolean;
  onAction(action: { kind: 'accept' | 'decline' | 'end'; linkId: string }): void;
  empty: string;
}

/** The hub's links on one side: the other hub's name, its state, and what this hub's secretariat may do. */
export function LinkList({ hubId, links, other, canManage, onAction, empty }: Props) {
  if (links.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
      {links.map((link) => {
        const awaitsUs = link.status === 'pending' && link.requestedByHubId !== hubId;
        return (
          <Group key={link.id} component="li" justify="space-between" wrap="nowrap">
            <Group gap="xs">
              <Text size="sm">{link[other].name}</Text>
              {link.status === 'pending' && (
                <Badge size="sm" variant="light" color="yellow">
                  {awaitsUs ? 'asks you' : 'waiting for them'}
                </Badge>
              )}
            </Group>
            {canManage && (
              <Group gap={4}>
                {awaitsUs && (
                  <>
                    <Button size="compact-xs" onClick={() => onAction({ kind: 'accept', linkId: link.id })}>
                      Accept
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => onAction({ kind: 'decline', linkId: link.id })}
                    >
                      Decline
                    </Button>
                  </>
                )}
                {!awaitsUs && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onAction({ kind: 'end', linkId: link.id })}
                  >
                    {link.status === 'pending' ? 'Withdraw' : other === 'parentHub' ? 'Leave' : 'End'}
                  </Button>
                )}
              </Group>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
