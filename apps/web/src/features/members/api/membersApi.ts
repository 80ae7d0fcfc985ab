import type { HubRole, InvitationCreatedDto, InvitationDto, MemberDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export const fetchInvitations = (hubId: string, signal?: AbortSignal) =>
  fetchAll<InvitationDto>(`/hubs/${hubId}/invitations`, {}, signal);

export const invite = (hubId: string, body: { email: string; organizationId: string; role: HubRole }) =>
  api<InvitationCreatedDto>(`/hubs/${hubId}/invitations`, { method: 'POST', body });

export const revokeInvitation = (hubId: string, memberId: string) =>
  api<void>(`/hubs/${hubId}/invitations/${memberId}`, { method: 'DELETE' });

export const changeRole = (hubId: string, memberId: string, role: HubRole) =>
  api<MemberDto>(`/hubs/${hubId}/members/${memberId}`, { method: 'PATCH', body: { role } });

export const removeMember = (hubId: string, memberId: string) =>
  api<void>(`/hubs/${hubId}/members/${memberId}`, { method: 'DELETE' });
