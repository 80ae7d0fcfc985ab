import type { BoardSeatDto } from '@hubspoke/contracts';
import { Alert, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { isStale } from '../../../lib/api';
import { useSpokes } from '../../workspace';
import { useSaveSeat } from '../hooks/useBoard';
import { boardMembers, SeatForm } from './SeatForm';

/**
 * Adds a seat, or edits one at the version the user opened. An edit that hits a newer version (409) is not saved: the
 * form reloads with the seat as it is now and says so, and the next save goes on top of that version.
 */
function SeatEditor({ hubId, seat, onDone }: { hubId: string; seat?: BoardSeatDto; onDone: () => void }) {
  const spokes = useSpokes(hubId);
  const save = useSaveSeat(hubId);
  const [base, setBase] = useState(seat);
  const stale = isStale(save.error);
  return (
    <Stack gap="sm">
      {stale && (
        <Alert color="yellow" title="Someone else changed this seat" role="alert" data-testid="stale-seat">
          Your changes were not saved. The form now shows the seat as it is; make your changes again if they are still
          needed.
        </Alert>
      )}
      <SeatForm
        key={base?.version}
        seat={base}
        candidates={boardMembers(spokes.data ?? [])}
        pending={save.isPending}
        error={stale ? null : save.error}
        onCancel={onDone}
        onSubmit={(input) =>
          save.mutate(
            { seatId: base?.id, version: base?.version, input },
            {
              onSuccess: onDone,
              onError: (error) => {
                if (isStale(error)) setBase(error.current as BoardSeatDto);
              },
            },
          )
        }
      />
    </Stack>
  );
}

export function SeatDialog({
  hubId,
  editing,
  onClose,
}: {
  hubId: string;
  editing: BoardSeatDto | 'new' | null;
  onClose: () => void;
}) {
  const seat = editing === 'new' || editing === null ? undefined : editing;
  return (
    <Modal opened={editing !== null} onClose={onClose} title={seat ? 'Edit seat' : 'New seat'}>
      {editing !== null && <SeatEditor key={seat?.id ?? 'new'} hubId={hubId} seat={seat} onDone={onClose} />}
    </Modal>
  );
}
