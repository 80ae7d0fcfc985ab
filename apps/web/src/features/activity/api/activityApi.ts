import { api } from '../../../lib/api';

const SHOWN = 100;

/** The hub's latest events, newest first. */
export async function fetchRecentEvents(hubId: string, lastSeq: number, signal?: AbortSignal) {
  const page = await api.get('/hubs/{hubId}/events', {
    path: { hubId },
    query: { after: Math.max(0, lastSeq - SHOWN), limit: SHOWN },
    signal,
  });
  return [...page.items].reverse();
}
