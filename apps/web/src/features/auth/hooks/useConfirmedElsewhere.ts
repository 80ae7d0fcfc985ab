import { useEffect } from 'react';
import { refreshSession } from '../../../lib/api';
import { useMe } from '../../account';

/**
 * For an account whose session says its address is unconfirmed: when the api says it is confirmed now (the link was
 * opened in another tab or on another device), takes a new session, whose access token the api then accepts.
 */
export function useConfirmedElsewhere() {
  const me = useMe();
  const confirmed = !me.isPlaceholderData && me.data?.emailVerified === true;
  useEffect(() => {
    if (confirmed) void refreshSession();
  }, [confirmed]);
  return me;
}
