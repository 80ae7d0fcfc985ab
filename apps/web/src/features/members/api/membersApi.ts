import type { HubRole } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';
import { fetchAll } from '../../../lib/paginate';

export const fetchInvitations = (hubId: string, signal?: AbortSignal) =>
  fetchAll('/hubs/{hubId}/invitations', { path: { hubId }, signal });

export const invite = (hubId: string, body: ApiSchema<'InviteDto'>) =>
  api.post('/hubs/{hubId}/invitations', { path: { hubId }, body });

export const revokeInvitation = (hubId: string, memberId: string) =>
  api.delete('/hubs/{hubId}/invitations/{memberId}', { path: { hubId, memberId } });

export const changeRole = (hubId: string, memberId: string, role: HubRole) =>
  api.patch('/hubs/{hubId}/members/{memberId}', { path: { hubId, memberId }, body: { role } });

export const removeMember = (hubId: string, memberId: string) =>
  api.delete('/hubs/{hubId}/members/{memberId}', { path: { hubId, memberId } });
