import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useReviews, useScheduleReview } from '../hooks/useBoard';
import { localToIso } from './labels';

function ScheduleReviewForm({ hubId, onDone }: { hubId: string; onDone: (id?: string) => void }) {
  const schedule = useScheduleReview(hubId);
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const errors = fieldErrors(schedule.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    schedule.mutate({ title, scheduledFor: localToIso(when) }, { onSuccess: (review) => onDone(review.id) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {schedule.isError && (
          <Alert color="red" role="alert">
            {errorMessage(schedule.error)}
          </Alert>
        )}
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          label="Board meets on"
          type="datetime-local"
          required
          value={when}
          onChange={(e) => setWhen(e.currentTarget.value)}
          error={errors.scheduledFor}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={schedule.isPending}>
            Schedule and assemble pack
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ReviewsList({ hubId, canSchedule }: { hubId: string; canSchedule: boolean }) {
  const reviews = useReviews(hubId);
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Board reviews
        </Title>
        {canSchedule && <Button onClick={() => setOpened(true)}>Schedule review</Button>}
      </Group>
      <QueryView query={reviews}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>No board reviews yet.</EmptyState>
          ) : (
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Review</Table.Th>
                  <Table.Th>Meets</Table.Th>
                  <Table.Th>Pack</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/hubs/${hubId}/board/reviews/${r.id}`}>
                        {r.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateTime(r.scheduledFor)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={r.readByMe ? 'teal' : 'gray'} autoContrast>
                        {r.readByMe ? 'Read' : 'Not read'}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Schedule a board review">
        {opened && (
          <ScheduleReviewForm
            hubId={hubId}
            onDone={(id) => {
              setOpened(false);
              if (id) void navigate(`/hubs/${hubId}/board/reviews/${id}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}
