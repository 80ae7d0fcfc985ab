import { api } from '../../../lib/api';

/** The signed-in account's own things, open before its address is confirmed. */

export const fetchMe = (signal?: AbortSignal) => api.get('/auth/me', { signal });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post('/auth/password', { body: { currentPassword, newPassword } });

/** The emails kept for me on a server without SMTP (empty where mail is really sent). */
export const fetchOutbox = (signal?: AbortSignal) => api.get('/digests/outbox', { query: { limit: 5 }, signal });
