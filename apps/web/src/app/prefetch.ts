import type { MyHubDto } from '@hubspoke/contracts';
import { keys } from '../lib/keys';
import { queryClient } from '../lib/queryClient';
import { getSession } from '../lib/session';
import { fetchOverview } from '../features/overview/api/overviewApi';
import { fetchHub } from '../features/workspace/api/hubApi';

const prefetchOverview = (hubId: string) =>
  queryClient.prefetchQuery({ queryKey: keys.overview(hubId), queryFn: () => fetchOverview(hubId) });

/**
 * Starts the hub's first requests while the route's code loads (loaders run in parallel with lazy routes). The
 * overview is a member's only: asked at once for a hub of the caller's list, else once the hub says they are a member
 * (a non-member sees the public page, and the overview would answer 404).
 */
export function prefetchHub(hubId: string | undefined, overview: boolean): null {
  if (!hubId || !getSession()) return null;
  const hub = queryClient
    .fetchQuery({ queryKey: keys.hub(hubId), queryFn: () => fetchHub(hubId) })
    .catch((): null => null);
  if (!overview) return null;
  const mine = queryClient.getQueryData<MyHubDto[]>(keys.myHubs);
  if (mine?.some((h) => h.id === hubId)) void prefetchOverview(hubId);
  else void hub.then((loaded) => (loaded && !('public' in loaded) ? prefetchOverview(hubId) : undefined));
  return null;
}
