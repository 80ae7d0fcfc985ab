import type { ChallengeStageDto, ChallengeStageKind } from './challenges';

/** What is done to a challenge's proposals, each in its own stages. */
export type ChallengeStageAction = 'submit' | 'decideEligibility' | 'assignReviewers' | 'score' | 'shortlist' | 'award';

/**
 * The stages in which each action is allowed. Reviewers may be assigned from the administrative review on, as soon as
 * a proposal is declared eligible, so they have all of peer review to read and score; scores count in peer review only.
 * There is no separate judge role yet: the challenge's manager judges the shortlist.
 */
export const STAGE_ACTIONS: Record<ChallengeStageAction, readonly ChallengeStageKind[]> = {
  submit: ['submission'],
  decideEligibility: ['administrative_review'],
  assignReviewers: ['administrative_review', 'peer_review'],
  score: ['peer_review'],
  shortlist: ['judges'],
  award: ['award'],
};

/** How a stage reads inside a sentence. */
const STAGE_IN_A_SENTENCE: Record<ChallengeStageKind, string> = {
  submission: 'the submission stage',
  administrative_review: 'the administrative review',
  peer_review: 'peer review',
  judges: 'the judges’ stage',
  award: 'the award stage',
};

const ACTION_IN_A_SENTENCE: Record<ChallengeStageAction, string> = {
  submit: 'Submitting proposals',
  decideEligibility: 'Deciding eligibility',
  assignReviewers: 'Assigning reviewers',
  score: 'Scoring',
  shortlist: 'Shortlisting',
  award: 'Awarding',
};

/** The stage under way at `now`: the first whose deadline has not passed; null once the last one has. */
export function currentStage(stages: readonly ChallengeStageDto[], now = new Date()): ChallengeStageKind | null {
  return stages.find((s) => new Date(s.deadline) > now)?.kind ?? null;
}

/** Why the action is not allowed at `now`, in plain words; null when it is. */
export function stageRefusal(
  action: ChallengeStageAction,
  stages: readonly ChallengeStageDto[],
  now = new Date(),
): string | null {
  const allowed = STAGE_ACTIONS[action];
  const current = currentStage(stages, now);
  if (current && allowed.includes(current)) return null;
  const first = stages.findIndex((s) => allowed.includes(s.kind));
  const last = stages.findLastIndex((s) => allowed.includes(s.kind));
  const currentIndex = current ? stages.findIndex((s) => s.kind === current) : stages.length;
  const where = current ? `the challenge is in ${STAGE_IN_A_SENTENCE[current]} now` : 'the challenge has closed';
  if (first === -1) return `${ACTION_IN_A_SENTENCE[action]} has no stage in this challenge; ${where}.`;
  if (currentIndex < first) {
    const before = stages[first - 1]!;
    return `${ACTION_IN_A_SENTENCE[action]} opens when ${STAGE_IN_A_SENTENCE[before.kind]} ends on ${day(before.deadline)}; ${where}.`;
  }
  const end = stages[last]!;
  return `${ACTION_IN_A_SENTENCE[action]} closed when ${STAGE_IN_A_SENTENCE[end.kind]} ended on ${day(end.deadline)}; ${where}.`;
}

const day = (instant: string) =>
  new Date(instant).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
