import type { UserDto } from '@hubspoke/contracts';
import { useAuth } from '../../../lib/auth';
import { useMe } from './useMe';

/** The signed-in account as the api last described it (as the session has it until then); null when signed out. */
export function useAccount(): UserDto | null {
  const { user } = useAuth();
  return useMe().data ?? user;
}
