import type { PresenceViewing } from '@hubspoke/contracts';
import { Avatar, Tooltip } from '@mantine/core';
import { usePeople } from '../hooks/usePeople';
import { usePresence } from '../hooks/usePresence';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** Who is online in the hub (or, with `among`, which of these people), or (with `viewing`) who looks at one item. */
export function PresenceAvatars({
  hubId,
  viewing,
  among,
}: {
  hubId: string;
  viewing?: PresenceViewing;
  among?: ReadonlySet<string>;
}) {
  const entries = usePresence(hubId);
  const people = usePeople(hubId);
  const userIds = [
    ...new Set(
      entries
        .filter((e) => !viewing || (e.viewing?.type === viewing.type && e.viewing.id === viewing.id))
        .filter((e) => !among || among.has(e.userId))
        .map((e) => e.userId),
    ),
  ];
  if (userIds.length === 0) return null;
  const label = viewing ? 'Also viewing' : 'Online now';
  return (
    <Avatar.Group
      // a slight overlap: stacked, yet every initial reads
      spacing={4}
      aria-label={`${label}: ${userIds.map((id) => people.get(id)?.name ?? 'someone').join(', ')}`}
      role="group"
    >
      {userIds.slice(0, 6).map((id) => {
        const name = people.get(id)?.name ?? 'Someone';
        return (
          <Tooltip key={id} label={`${name}${people.get(id) ? ` (${people.get(id)!.organization})` : ''}`} withArrow>
            <Avatar size="sm" color="indigo" radius="xl" alt={name}>
              {initials(name)}
            </Avatar>
          </Tooltip>
        );
      })}
      {userIds.length > 6 && (
        <Avatar size="sm" radius="xl">
          +{userIds.length - 6}
        </Avatar>
      )}
    </Avatar.Group>
  );
}
