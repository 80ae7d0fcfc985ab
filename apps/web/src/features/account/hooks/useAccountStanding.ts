import type { AccountStanding } from '@hubspoke/contracts';
import { useAccount } from './useAccount';

/** Who the caller is beyond any hub or organization, for the contracts' policy; null when signed out. */
export function useAccountStanding(): AccountStanding | null {
  const account = useAccount();
  return account ? { emailVerified: account.emailVerified, platformAdmin: account.isPlatformAdmin } : null;
}
