import type {
  MemberNetworkRoleDto,
  NetworkGraphDto,
  NetworkInsightsDto,
  OrganizationNetworkDto,
  Sector,
  WhatIfResultDto,
} from '@hubspoke/contracts';
import { api } from '../../../lib/api';

/** The scope and filters of the network map; null: not filtered. */
export interface NetworkScope {
  sdg: number | null;
  sector: Sector | null;
  country: string | null;
}

export const fetchNetworkGraph = ({ sdg, sector, country }: NetworkScope, signal?: AbortSignal) =>
  api<NetworkGraphDto>('/network', { query: { sdg, sector, country }, signal });

export const fetchNetworkInsights = (sdg: number | null, signal?: AbortSignal) =>
  api<NetworkInsightsDto>('/network/insights', { query: { sdg }, signal });

export const fetchOrganizationNetwork = (orgId: string, signal?: AbortSignal) =>
  api<OrganizationNetworkDto>(`/network/organizations/${orgId}`, { signal });

export const runWhatIf = (body: { sdg?: number; memberIds: string[] }) =>
  api<WhatIfResultDto>('/network/what-if', { method: 'POST', body });

export const fetchHubMemberRoles = (hubId: string, signal?: AbortSignal) =>
  api<MemberNetworkRoleDto[]>(`/network/hubs/${hubId}/members`, { signal });
