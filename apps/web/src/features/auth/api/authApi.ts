import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

/** Creating an account and proving its address; none of these needs a session. */

export const register = (body: ApiSchema<'RegisterDto'>) => api.post('/auth/register', { body });

export const verifyEmail = (token: string) => api.post('/auth/verify-email', { body: { token } });

export const resendVerification = (email: string) => api.post('/auth/verify-email/resend', { body: { email } });

export const requestPasswordReset = (email: string) => api.post('/auth/password-reset', { body: { email } });

export const resetPassword = (token: string, password: string) =>
  api.post('/auth/password-reset/confirm', { body: { token, password } });
