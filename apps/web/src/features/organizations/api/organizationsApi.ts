import type {
  MyOrganizationDto,
  OrganizationDetailDto,
  OrganizationDto,
  OrganizationMemberDto,
  OrganizationMemberStatus,
  OrganizationRevisionDto,
  OrganizationRole,
  Page,
} from '@hubspoke/contracts';
import { api } from '../../../lib/api';

/** The fields of an organization's public record its admins edit; null clears an optional one. */
export type OrganizationRecord = Pick<
  OrganizationDto,
  'name' | 'shortName' | 'sector' | 'country' | 'sdgs' | 'website' | 'description'
>;

const base = (orgId: string) => `/organizations/${orgId}`;

export const searchOrganizations = (q: string, signal?: AbortSignal) =>
  api<Page<OrganizationDto>>('/organizations', { query: { q, limit: 20 }, signal });

export const fetchMyOrganizations = (signal?: AbortSignal) =>
  api<MyOrganizationDto[]>('/organizations/mine', { signal });

export const fetchOrganization = (orgId: string, signal?: AbortSignal) =>
  api<OrganizationDetailDto>(base(orgId), { signal });

export const updateOrganization = (orgId: string, changes: Partial<OrganizationRecord>) =>
  api<OrganizationDetailDto>(base(orgId), { method: 'PATCH', body: changes });

export const verifyOrganization = (orgId: string, body: { verified: boolean; emailDomains: string[] }) =>
  api<OrganizationDetailDto>(`${base(orgId)}/verification`, { method: 'PUT', body });

export const fetchRevisions = (orgId: string, signal?: AbortSignal) =>
  api<OrganizationRevisionDto[]>(`${base(orgId)}/revisions`, { signal });

export const revertRevision = (orgId: string, revisionId: string) =>
  api<OrganizationRevisionDto[]>(`${base(orgId)}/revisions/${revisionId}/revert`, { method: 'POST' });

export const requestMembership = (orgId: string, message: string) =>
  api<OrganizationMemberDto>(`${base(orgId)}/members`, {
    method: 'POST',
    body: message ? { message } : {},
  });

export const fetchMembers = (orgId: string, status: OrganizationMemberStatus, signal?: AbortSignal) =>
  api<OrganizationMemberDto[]>(`${base(orgId)}/members`, { query: { status }, signal });

export const decideMembership = (orgId: string, memberId: string, decision: 'approve' | 'reject') =>
  api<OrganizationMemberDto>(`${base(orgId)}/members/${memberId}/decision`, { method: 'POST', body: { decision } });

export const changeMemberRole = (orgId: string, memberId: string, role: OrganizationRole) =>
  api<OrganizationMemberDto>(`${base(orgId)}/members/${memberId}`, { method: 'PATCH', body: { role } });

export const removeMember = (orgId: string, memberId: string) =>
  api<void>(`${base(orgId)}/members/${memberId}`, { method: 'DELETE' });
