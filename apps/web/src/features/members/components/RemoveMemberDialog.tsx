import { Button, Group, Modal, Stack, Text } from '@mantine/core';

interface Props {
  person: { memberId: string; name: string } | null;
  onConfirm: (memberId: string) => void;
  onCancel: () => void;
}

/** Asks before a member is removed from the hub. */
export function RemoveMemberDialog({ person, onConfirm, onCancel }: Props) {
  return (
    <Modal opened={person !== null} onClose={onCancel} title="Remove member">
      <Stack>
        <Text size="sm">
          Remove <b>{person?.name}</b> from this hub? They lose access at once and would need a new invitation to
          return.
        </Text>
        <Group justify="end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="red" onClick={() => person && onConfirm(person.memberId)}>
            Remove member
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
