import type { HubDetailDto, HubDto, HubPublicSummaryDto, MyHubDto, Page, SdgGoalSummary } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export const fetchMyHubs = (signal?: AbortSignal) => fetchAll<MyHubDto>('/hubs/mine', {}, signal);

export const fetchDirectory = (q: string, sdg: number | null, signal?: AbortSignal) =>
  api<Page<HubPublicSummaryDto>>('/hubs/directory', { query: { q, sdg, limit: 50 }, signal });

export const fetchSdgGoals = (signal?: AbortSignal) => api<SdgGoalSummary[]>('/sdg/goals', { signal });

export type NewHub = Pick<HubDto, 'name' | 'mission' | 'sdgs' | 'visibility'> & {
  /** The organization the creator represents as the hub's secretariat. */
  organizationId: string;
};

export const createHub = (hub: NewHub) => api<HubDetailDto>('/hubs', { method: 'POST', body: hub });
