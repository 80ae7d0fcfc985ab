import { Outlet } from 'react-router';
import { ConfirmEmailPage } from '../features/auth/components/ConfirmEmailPage';
import { useAuth } from '../lib/auth';

/** The pages whose every call the api refuses until the account's address is confirmed. */
export function RequireVerifiedEmail() {
  const { user } = useAuth();
  if (user && !user.emailVerified) return <ConfirmEmailPage />;
  return <Outlet />;
}
