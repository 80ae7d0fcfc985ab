import type { CommentDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { postComment, type Target } from '../api/commentsApi';

export function usePostComment(hubId: string, type: Target, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postComment(hubId, type, id, body),
    onSuccess: (comment) => {
      queryClient.setQueryData<CommentDto[]>(keys.comments(hubId, type, id), (list) =>
        list && !list.some((c) => c.id === comment.id) ? [...list, comment] : list,
      );
      toastSuccess('Comment posted');
    },
  });
}
