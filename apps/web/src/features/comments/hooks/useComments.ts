import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchComments, type Target } from '../api/commentsApi';

export function useComments(hubId: string, type: Target, id: string) {
  return useQuery({
    queryKey: keys.comments(hubId, type, id),
    queryFn: ({ signal }) => fetchComments(hubId, type, id, signal),
    staleTime: Infinity,
  });
}
