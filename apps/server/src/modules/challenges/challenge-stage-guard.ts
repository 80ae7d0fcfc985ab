import { stageRefusal, type ChallengeStageAction } from '@hubspoke/contracts';
import { ApiException } from '../../infra/http/api-exception';
import type { Challenge } from './challenge.entity';

/** 409, naming the current stage and when the action's stage opens or closed, unless the action is allowed now. */
export function assertStageAllows(challenge: Pick<Challenge, 'stages'>, action: ChallengeStageAction): void {
  const refusal = stageRefusal(action, challenge.stages);
  if (refusal) throw ApiException.conflict(refusal);
}
