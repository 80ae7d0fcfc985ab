import type { HubEventDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

const SHOWN = 100;

/** The hub's latest events, newest first. */
export async function fetchRecentEvents(hubId: string, lastSeq: number, signal?: AbortSignal): Promise<HubEventDto[]> {
  const page = await api.get('/hubs/{hubId}/events', {
    path: { hubId },
    query: { after: Math.max(0, lastSeq - SHOWN), limit: SHOWN },
    signal,
  });
  // the document gives each event's payload as a plain object; the contracts' union is the same wire shape, its
  // payloads tied to their types (the server's Tx.emit is typed by it)
  // placeholders of changes only a working group sees keep the seq, and show nothing
  return ([...page.items].reverse() as HubEventDto[]).filter((e) => e.type !== 'item.redacted');
}
