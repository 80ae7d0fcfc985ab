import { CHALLENGE_STAGE_KINDS, type ChallengeStageDto, type ChallengeStageKind } from '@hubspoke/contracts';
import type { DataSource } from 'typeorm';

const DAY_MS = 86_400_000;

/** Deadlines 10 days apart that put the challenge in `stage` now (five days into it), or past its last stage. */
export function stagesAt(stage: ChallengeStageKind | 'closed'): ChallengeStageDto[] {
  const index = stage === 'closed' ? CHALLENGE_STAGE_KINDS.length : CHALLENGE_STAGE_KINDS.indexOf(stage);
  return CHALLENGE_STAGE_KINDS.map((kind, i) => ({
    kind,
    deadline: new Date(Date.now() + ((i - index) * 10 + 5) * DAY_MS).toISOString(),
  }));
}

/** Moves a challenge to a stage by rewriting its deadlines, as the passing of time would. */
export async function moveChallengeTo(
  ds: DataSource,
  challengeId: string,
  stage: ChallengeStageKind | 'closed',
): Promise<ChallengeStageDto[]> {
  const stages = stagesAt(stage);
  await ds.query(`UPDATE challenge SET stages = $2::jsonb WHERE id = $1`, [challengeId, JSON.stringify(stages)]);
  return stages;
}
