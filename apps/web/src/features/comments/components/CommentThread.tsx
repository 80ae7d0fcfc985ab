import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { fieldErrors, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { Target } from '../api/commentsApi';
import { useComments } from '../hooks/useComments';
import { usePostComment } from '../hooks/usePostComment';

export function CommentThread({
  hubId,
  type,
  id,
  canComment,
}: {
  hubId: string;
  type: Target;
  id: string;
  canComment: boolean;
}) {
  const comments = useComments(hubId, type, id);
  const post = usePostComment(hubId, type, id);
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) post.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Comments
      </Title>
      <QueryView query={comments}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>No comments yet.</EmptyState>
          ) : (
            <Stack gap="xs">
              {[...items]
                .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
                .map((c) => (
                  <Paper key={c.id} withBorder p="xs">
                    <Text size="xs" c="dimmed">
                      {c.authorName ?? 'Former user'} · {formatDateTime(c.createdAt)}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {c.body}
                    </Text>
                  </Paper>
                ))}
            </Stack>
          )
        }
      </QueryView>
      {canComment && (
        <Stack gap="xs" component="form" onSubmit={submit}>
          <Textarea
            label="Add a comment"
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={2}
            error={fieldErrors(post.error).body ?? (post.isError ? errorMessage(post.error) : undefined)}
          />
          <Button type="submit" size="xs" w="fit-content" loading={post.isPending}>
            Comment
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
