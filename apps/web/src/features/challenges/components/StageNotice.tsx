import { Text } from '@mantine/core';

/** Why a step of the challenge is not open now, as the server would answer it; nothing when it is open. */
export function StageNotice({ refusal }: { refusal: string | null }) {
  return refusal ? (
    <Text size="sm" c="dimmed" role="note">
      {refusal}
    </Text>
  ) : null;
}
