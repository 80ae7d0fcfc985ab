import type { SdgIndicator } from '@hubspoke/contracts';
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useSdgIndicators } from '../hooks/useSdgIndicators';

interface Props {
  value: string | null;
  /** The picked indicator (null when cleared), with its unit and direction when the UN metadata gives them. */
  onChange: (indicator: SdgIndicator | null) => void;
  error?: React.ReactNode;
  disabled?: boolean;
}

export const indicatorLabel = (i: Pick<SdgIndicator, 'code' | 'title'>) => `${i.code} — ${i.title}`;

/** Picks an SDG indicator from the catalogue, searching its code and official name. */
export function IndicatorSelect({ value, onChange, error, disabled }: Props) {
  const indicators = useSdgIndicators();
  const byCode = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.code, i])), [indicators.data]);
  const data = useMemo(
    () => (indicators.data ?? []).map((i) => ({ value: i.code, label: indicatorLabel(i) })),
    [indicators.data],
  );
  return (
    <Select
      label="SDG indicator"
      placeholder={
        indicators.isPending ? 'Loading the SDG indicators…' : 'Search by code or words, such as 3.b.1 or vaccines'
      }
      description="Optional; leave empty to measure a custom metric"
      searchable
      clearable
      limit={50}
      nothingFoundMessage="No indicator matches"
      data={data}
      value={value}
      onChange={(code) => onChange(code ? (byCode.get(code) ?? null) : null)}
      error={error}
      disabled={disabled}
    />
  );
}
