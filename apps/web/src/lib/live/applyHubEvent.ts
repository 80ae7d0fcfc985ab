import { handleHubEvent, type HubEventDto } from '@hubspoke/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../keys';
import { hubEventCacheUpdates } from './hubEventCacheUpdates';

const ACTIVITY_KEEP = 200;

/** Merges one live hub event into the query cache, and into the hub's activity feed unless told not to. */
export function applyHubEvent(client: QueryClient, event: HubEventDto, options = { activity: true }): void {
  const { hubId } = event;
  // a placeholder for a change only a working group sees: its seq is applied, the feed shows nothing of it
  if (options.activity && event.type !== 'item.redacted')
    client.setQueryData<HubEventDto[]>(keys.activity(hubId), (list) =>
      list && !list.some((e) => e.seq === event.seq) ? [event, ...list].slice(0, ACTIVITY_KEEP) : list,
    );
  handleHubEvent(hubEventCacheUpdates(client), event);
  if (event.type.startsWith('task.') || event.type.startsWith('goal.') || event.type.startsWith('measurement.')) {
    void client.invalidateQueries({ queryKey: keys.overview(hubId) });
  }
}
