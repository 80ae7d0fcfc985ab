import { useMemo } from 'react';
import { useSpokes } from './useSpokes';

/** userId → name and organization, from the hub's spokes. */
export function usePeople(hubId: string) {
  const spokes = useSpokes(hubId);
  return useMemo(() => {
    const people = new Map<string, { name: string; organization: string }>();
    for (const spoke of spokes.data ?? [])
      for (const person of spoke.people)
        people.set(person.userId, { name: person.name, organization: spoke.organization.name });
    return people;
  }, [spokes.data]);
}
