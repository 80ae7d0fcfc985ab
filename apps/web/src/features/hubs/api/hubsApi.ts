import type { HubPublicSummaryDto, MyHubDto, Page, SdgGoalSummary } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export const fetchMyHubs = (signal?: AbortSignal) => fetchAll<MyHubDto>('/hubs/mine', {}, signal);

export const fetchDirectory = (q: string, sdg: number | null, signal?: AbortSignal) =>
  api<Page<HubPublicSummaryDto>>('/hubs/directory', { query: { q, sdg, limit: 50 }, signal });

export const fetchSdgGoals = (signal?: AbortSignal) => api<SdgGoalSummary[]>('/sdg/goals', { signal });
