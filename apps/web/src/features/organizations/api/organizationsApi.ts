import type { OrganizationMemberStatus, OrganizationRole } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

/** The fields of an organization's public record its admins edit; null clears an optional one. */
export type OrganizationRecord = Required<ApiSchema<'UpdateOrganizationDto'>>;

export const searchOrganizations = (q: string, signal?: AbortSignal) =>
  api.get('/organizations', { query: { q, limit: 20 }, signal });

export const fetchMyOrganizations = (signal?: AbortSignal) => api.get('/organizations/mine', { signal });

export const fetchOrganization = (orgId: string, signal?: AbortSignal) =>
  api.get('/organizations/{orgId}', { path: { orgId }, signal });

export const updateOrganization = (orgId: string, body: Partial<OrganizationRecord>) =>
  api.patch('/organizations/{orgId}', { path: { orgId }, body });

export const verifyOrganization = (orgId: string, body: ApiSchema<'VerifyOrganizationDto'>) =>
  api.put('/organizations/{orgId}/verification', { path: { orgId }, body });

export const fetchRevisions = (orgId: string, signal?: AbortSignal) =>
  api.get('/organizations/{orgId}/revisions', { path: { orgId }, signal });

export const revertRevision = (orgId: string, revisionId: string) =>
  api.post('/organizations/{orgId}/revisions/{revisionId}/revert', { path: { orgId, revisionId } });

export const requestMembership = (orgId: string, message: string) =>
  api.post('/organizations/{orgId}/members', { path: { orgId }, body: message ? { message } : {} });

export const fetchMembers = (orgId: string, status: OrganizationMemberStatus, signal?: AbortSignal) =>
  api.get('/organizations/{orgId}/members', { path: { orgId }, query: { status }, signal });

export const decideMembership = (orgId: string, memberId: string, decision: 'approve' | 'reject') =>
  api.post('/organizations/{orgId}/members/{memberId}/decision', { path: { orgId, memberId }, body: { decision } });

export const changeMemberRole = (orgId: string, memberId: string, role: OrganizationRole) =>
  api.patch('/organizations/{orgId}/members/{memberId}', { path: { orgId, memberId }, body: { role } });

export const removeMember = (orgId: string, memberId: string) =>
  api.delete('/organizations/{orgId}/members/{memberId}', { path: { orgId, memberId } });
