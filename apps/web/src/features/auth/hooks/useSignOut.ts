import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useAuth } from '../../../lib/auth';

/** Ends the session on the api, then goes to the sign-in page. */
export function useSignOut() {
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return async () => {
    await signOut();
    notifications.show({ message: 'You are signed out.' });
    await navigate('/signin');
  };
}
