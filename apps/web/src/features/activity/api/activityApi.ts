import type { HubEventDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

const SHOWN = 100;

/** The hub's latest events, newest first. */
export async function fetchRecentEvents(hubId: string, lastSeq: number, signal?: AbortSignal): Promise<HubEventDto[]> {
  const page = await api<{ items: HubEventDto[] }>(`/hubs/${hubId}/events`, {
    query: { after: Math.max(0, lastSeq - SHOWN), limit: SHOWN },
    signal,
  });
  return [...page.items].reverse();
}
