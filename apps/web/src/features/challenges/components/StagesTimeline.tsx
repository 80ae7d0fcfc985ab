import type { ChallengeDto } from '@hubspoke/contracts';
import { Text, Timeline } from '@mantine/core';
import { STAGE_LABELS } from './stages';

/** The challenge's five stages with their deadlines; the current one is marked, the past ones done. */
export function StagesTimeline({ challenge }: { challenge: ChallengeDto }) {
  const current = challenge.currentStage;
  const currentIndex = current ? challenge.stages.findIndex((s) => s.kind === current) : challenge.stages.length;
  return (
    <Timeline active={Math.max(0, currentIndex)} bulletSize={18} lineWidth={2} aria-label="Stages">
      {challenge.stages.map((stage, i) => {
        const isCurrent = stage.kind === current;
        return (
          <Timeline.Item
            key={stage.kind}
            title={
              <Text fw={isCurrent ? 700 : 500} aria-current={isCurrent ? 'step' : undefined}>
                {STAGE_LABELS[stage.kind]}
                {isCurrent && ' (current stage)'}
                {i < currentIndex && ' (done)'}
              </Text>
            }
          >
            <Text size="sm" c="dimmed">
              until {new Date(stage.deadline).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
            </Text>
          </Timeline.Item>
        );
      })}
      {current === null && (
        <Timeline.Item title={<Text fw={500}>Closed</Text>}>
          <Text size="sm" c="dimmed">
            Every stage has passed.
          </Text>
        </Timeline.Item>
      )}
    </Timeline>
  );
}
