import type { OutboxEmailDto, Page, SessionDto, UserDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

/** The signed-in account's own things, open before its address is confirmed. */

export const fetchMe = (signal?: AbortSignal) => api<UserDto>('/auth/me', { signal });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api<SessionDto>('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });

/** The emails kept for me on a server without SMTP (empty where mail is really sent). */
export const fetchOutbox = (signal?: AbortSignal) =>
  api<Page<OutboxEmailDto>>('/digests/outbox', { query: { limit: 5 }, signal });
