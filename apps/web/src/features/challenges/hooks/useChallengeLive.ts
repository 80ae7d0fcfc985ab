import type { ChallengeChangedMessage } from '@hubspoke/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys } from '../../../lib/keys';
import { useLiveClient } from '../../../lib/live/useLiveClient';

/**
 * Keeps a challenge's proposals, ranking and the user's assignments current while mounted: the server says only that
 * the challenge changed (to those who may see its proposals), and the queries refetch over HTTP. After a reconnect
 * they refetch too, for what changed meanwhile.
 */
export function useChallengeLive(challengeId: string): void {
  const client = useLiveClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!client) return;
    const refresh = () => {
      for (const queryKey of [
        keys.proposals(challengeId),
        keys.ranking(challengeId),
        keys.myAssignments(challengeId),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    };
    const onChanged = (message: ChallengeChangedMessage) => {
      if (message.challengeId === challengeId) refresh();
    };
    client.socket.on('challenge:changed', onChanged);
    client.socket.io.on('reconnect', refresh);
    return () => {
      client.socket.off('challenge:changed', onChanged);
      client.socket.io.off('reconnect', refresh);
    };
  }, [client, challengeId, queryClient]);
}
