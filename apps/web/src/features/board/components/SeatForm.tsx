import {
  CONSTITUENCIES,
  SEAT_KINDS,
  type BoardSeatDto,
  type Constituency,
  type SeatKind,
  type SpokeDto,
} from '@hubspoke/contracts';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import type { SeatInput } from '../api/boardApi';
import { CONSTITUENCY_LABELS, KIND_LABELS } from './labels';

/** Board members of the hub, the only people a seat can go to. */
export function boardMembers(spokes: SpokeDto[]) {
  return spokes.flatMap((s) =>
    s.people
      .filter((p) => p.role === 'board')
      .map((p) => ({ value: p.memberId, label: `${p.name} (${s.organization.shortName ?? s.organization.name})` })),
  );
}

export function SeatForm({
  seat,
  candidates,
  onSubmit,
  onCancel,
  pending = false,
  error = null,
}: {
  seat?: BoardSeatDto;
  candidates: { value: string; label: string }[];
  onSubmit: (input: SeatInput) => void;
  onCancel?: () => void;
  pending?: boolean;
  error?: unknown;
}) {
  const [title, setTitle] = useState(seat?.title ?? '');
  const [kind, setKind] = useState<SeatKind>(seat?.kind ?? 'representative');
  const [constituency, setConstituency] = useState<Constituency>(seat?.constituency ?? 'public');
  const [holder, setHolder] = useState<string | null>(seat?.holder.memberId ?? null);
  const [alternate, setAlternate] = useState<string | null>(seat?.alternate?.memberId ?? null);
  const errors = fieldErrors(error);
  const known = new Set(['title', 'kind', 'constituency', 'holderMemberId', 'alternateMemberId']);
  const otherErrors = Object.entries(errors).filter(([field]) => !known.has(field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ title, kind, constituency, holderMemberId: holder ?? '', alternateMemberId: alternate });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
            {otherErrors.map(([field, message]) => (
              <div key={field}>
                {field}: {message}
              </div>
            ))}
          </Alert>
        )}
        <TextInput
          label="Seat title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Select
          label="Kind"
          data={SEAT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as SeatKind)}
          allowDeselect={false}
          error={errors.kind}
        />
        <Select
          label="Constituency"
          data={CONSTITUENCIES.map((c) => ({ value: c, label: CONSTITUENCY_LABELS[c] }))}
          value={constituency}
          onChange={(v) => v && setConstituency(v as Constituency)}
          allowDeselect={false}
          error={errors.constituency}
        />
        <Select
          label="Holder"
          required
          placeholder={candidates.length ? 'A board member' : 'No board members in this hub yet'}
          data={candidates}
          value={holder}
          onChange={setHolder}
          searchable
          error={errors.holderMemberId}
        />
        <Select
          label="Alternate"
          placeholder="None"
          data={candidates.filter((c) => c.value !== holder)}
          value={alternate}
          onChange={setAlternate}
          searchable
          clearable
          error={errors.alternateMemberId}
        />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {seat ? 'Save seat' : 'Add seat'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
