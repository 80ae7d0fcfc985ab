import { ConfirmDialog } from '../../../components/ConfirmDialog';

interface Props {
  person: { memberId: string; name: string } | null;
  onConfirm: (memberId: string) => void;
  onCancel: () => void;
}

/** Asks before a member is removed from the hub. */
export function RemoveMemberDialog({ person, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      opened={person !== null}
      title="Remove member"
      confirmLabel="Remove member"
      onConfirm={() => person && onConfirm(person.memberId)}
      onCancel={onCancel}
    >
      Remove <b>{person?.name}</b> from this hub? They lose access at once and would need a new invitation to return.
    </ConfirmDialog>
  );
}
