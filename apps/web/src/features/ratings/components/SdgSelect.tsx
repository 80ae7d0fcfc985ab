import { Select } from '@mantine/core';
import { useSdgGoals } from '../../hubs';

/** An SDG picker with the goals' short titles; null: all SDGs. */
export function SdgSelect({
  value,
  onChange,
  label = 'SDG',
  allLabel = 'All SDGs',
}: {
  value: number | null;
  onChange: (sdg: number | null) => void;
  label?: string;
  allLabel?: string;
}) {
  const goals = useSdgGoals().data ?? [];
  return (
    <Select
      label={label}
      placeholder={allLabel}
      clearable
      searchable
      data={goals.map((g) => ({ value: String(Number(g.code)), label: `${Number(g.code)}. ${g.shortTitle}` }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      miw={240}
    />
  );
}
