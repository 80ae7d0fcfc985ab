import { Navigate } from 'react-router';
import { useAuth } from '../lib/auth';

export function HomeRedirect() {
  const { user } = useAuth();
  return <Navigate to={user ? '/hubs' : '/directory'} replace />;
}
