import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../../lib/auth';
import { keys } from '../../../lib/keys';
import { fetchMe } from '../api/accountApi';

/** The signed-in account as the api knows it now (the session's copy meanwhile); read again when the tab regains focus. */
export function useMe() {
  const { user } = useAuth();
  return useQuery({
    queryKey: keys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    enabled: user !== null,
    placeholderData: user ?? undefined,
    refetchOnWindowFocus: true,
  });
}
