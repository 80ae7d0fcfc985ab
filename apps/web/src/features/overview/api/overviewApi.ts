import type { HubOverviewDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const fetchOverview = (hubId: string, signal?: AbortSignal) =>
  api<HubOverviewDto>(`/hubs/${hubId}/overview`, { signal });
