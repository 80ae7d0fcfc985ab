import { Text } from '@mantine/core';

/** A goal's SDG indicator as people know it: its code and official name, on one line that may be cut short. */
export function IndicatorName({ code, title }: { code: string | null; title: string | null }) {
  if (!code) return null;
  const full = title ? `SDG ${code} — ${title}` : `SDG ${code}`;
  return (
    <Text size="xs" c="dimmed" lineClamp={1} title={full} data-testid="goal-indicator-name">
      {full}
    </Text>
  );
}
