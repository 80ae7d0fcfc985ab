import type { Sector } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

/** The scope and filters of the network map; null: not filtered. */
export interface NetworkScope {
  sdg: number | null;
  sector: Sector | null;
  country: string | null;
}

export const fetchNetworkGraph = ({ sdg, sector, country }: NetworkScope, signal?: AbortSignal) =>
  api.get('/network', {
    query: { sdg: sdg ?? undefined, sector: sector ?? undefined, country: country ?? undefined },
    signal,
  });

export const fetchNetworkInsights = (sdg: number | null, signal?: AbortSignal) =>
  api.get('/network/insights', { query: { sdg: sdg ?? undefined }, signal });

export const fetchNetworkHubLayer = (sdg: number | null, signal?: AbortSignal) =>
  api.get('/network/hubs', { query: { sdg: sdg ?? undefined }, signal });

export const fetchOrganizationNetwork = (orgId: string, signal?: AbortSignal) =>
  api.get('/network/organizations/{orgId}', { path: { orgId }, signal });

export const runWhatIf = (body: ApiSchema<'WhatIfDto'>) => api.post('/network/what-if', { body });

export const fetchHubMemberRoles = (hubId: string, signal?: AbortSignal) =>
  api.get('/network/hubs/{hubId}/members', { path: { hubId }, signal });
