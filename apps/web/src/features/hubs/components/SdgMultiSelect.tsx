import { MultiSelect } from '@mantine/core';
import { useSdgGoals } from '../hooks/useSdgGoals';

/** Picks Sustainable Development Goals by number. */
export function SdgMultiSelect({
  value,
  onChange,
  error,
}: {
  value: number[];
  onChange: (sdgs: number[]) => void;
  error?: string;
}) {
  const goals = useSdgGoals().data ?? [];
  return (
    <MultiSelect
      label="SDGs"
      data={goals.map((g) => ({ value: String(Number(g.code)), label: `${Number(g.code)}. ${g.shortTitle}` }))}
      value={value.map(String)}
      onChange={(picked) => onChange(picked.map(Number))}
      error={error}
      searchable
    />
  );
}
