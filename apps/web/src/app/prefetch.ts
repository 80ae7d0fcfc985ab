import { keys } from '../lib/keys';
import { queryClient } from '../lib/queryClient';
import { getSession } from '../lib/session';
import { fetchOverview } from '../features/overview/api/overviewApi';
import { fetchHub } from '../features/workspace/api/hubApi';

/** Starts the hub's first requests while the route's code loads (loaders run in parallel with lazy routes). */
export function prefetchHub(hubId: string | undefined, overview: boolean): null {
  if (!hubId || !getSession()) return null;
  void queryClient.prefetchQuery({ queryKey: keys.hub(hubId), queryFn: () => fetchHub(hubId) });
  if (overview) void queryClient.prefetchQuery({ queryKey: keys.overview(hubId), queryFn: () => fetchOverview(hubId) });
  return null;
}
