import type { RegistrationAcceptedDto, SessionDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

/** Creating an account and proving its address; none of these needs a session. */

export const register = (body: { email: string; name: string; password: string; inviteToken?: string }) =>
  api<RegistrationAcceptedDto>('/auth/register', { method: 'POST', body });

export const verifyEmail = (token: string) =>
  api<SessionDto>('/auth/verify-email', { method: 'POST', body: { token } });

export const resendVerification = (email: string) =>
  api<void>('/auth/verify-email/resend', { method: 'POST', body: { email } });

export const requestPasswordReset = (email: string) =>
  api<void>('/auth/password-reset', { method: 'POST', body: { email } });

export const resetPassword = (token: string, password: string) =>
  api<SessionDto>('/auth/password-reset/confirm', { method: 'POST', body: { token, password } });
