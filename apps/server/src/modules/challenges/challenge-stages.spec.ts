import {
  CHALLENGE_STAGE_KINDS,
  currentStage,
  STAGE_ACTIONS,
  stageRefusal,
  type ChallengeStageAction,
  type ChallengeStageDto,
} from '@hubspoke/contracts';
import { assertStageAllows } from './challenge-stage-guard';

describe('challenge stage rules', () => {
  const stages: ChallengeStageDto[] = [
    { kind: 'submission', deadline: '2027-01-10T12:00:00Z' },
    { kind: 'administrative_review', deadline: '2027-02-10T12:00:00Z' },
    { kind: 'peer_review', deadline: '2027-03-12T12:00:00Z' },
    { kind: 'judges', deadline: '2027-04-10T12:00:00Z' },
    { kind: 'award', deadline: '2027-05-10T12:00:00Z' },
  ];
  /** A moment inside each stage, and one after the last. */
  const during = {
    submission: new Date('2027-01-01T00:00:00Z'),
    administrative_review: new Date('2027-02-01T00:00:00Z'),
    peer_review: new Date('2027-03-01T00:00:00Z'),
    judges: new Date('2027-04-01T00:00:00Z'),
    award: new Date('2027-05-01T00:00:00Z'),
    closed: new Date('2027-06-01T00:00:00Z'),
  };

  it('allows each action in its own stages only', () => {
    expect(STAGE_ACTIONS).toEqual({
      submit: ['submission'],
      decideEligibility: ['administrative_review'],
      assignReviewers: ['administrative_review', 'peer_review'],
      score: ['peer_review'],
      shortlist: ['judges'],
      award: ['award'],
    });
    for (const action of Object.keys(STAGE_ACTIONS) as ChallengeStageAction[]) {
      for (const [moment, now] of Object.entries(during)) {
        const allowed = (STAGE_ACTIONS[action] as readonly string[]).includes(moment);
        expect({ action, moment, refused: stageRefusal(action, stages, now) !== null }).toEqual({
          action,
          moment,
          refused: !allowed,
        });
      }
    }
  });

  it('ends a stage at its deadline, and every stage after the last one', () => {
    expect(currentStage(stages, new Date('2027-03-12T11:59:59Z'))).toBe('peer_review');
    expect(currentStage(stages, new Date('2027-03-12T12:00:00Z'))).toBe('judges');
    expect(currentStage(stages, during.closed)).toBeNull();
    expect(CHALLENGE_STAGE_KINDS.map((kind) => currentStage(stages, during[kind]))).toEqual([...CHALLENGE_STAGE_KINDS]);
  });

  it('says when an early action’s stage opens, and where the challenge is now', () => {
    expect(stageRefusal('shortlist', stages, during.administrative_review)).toBe(
      'Shortlisting opens when peer review ends on 12 March 2027; the challenge is in the administrative review now.',
    );
    expect(stageRefusal('assignReviewers', stages, during.submission)).toBe(
      'Assigning reviewers opens when the submission stage ends on 10 January 2027; ' +
        'the challenge is in the submission stage now.',
    );
  });

  it('says when a late action’s stage closed, also once the challenge has closed', () => {
    expect(stageRefusal('decideEligibility', stages, during.judges)).toBe(
      'Deciding eligibility closed when the administrative review ended on 10 February 2027; ' +
        'the challenge is in the judges’ stage now.',
    );
    expect(stageRefusal('award', stages, during.closed)).toBe(
      'Awarding closed when the award stage ended on 10 May 2027; the challenge has closed.',
    );
  });

  it('refuses an action whose stage the challenge lacks', () => {
    const submissionOnly = [stages[0]!];
    expect(stageRefusal('award', submissionOnly, during.submission)).toBe(
      'Awarding has no stage in this challenge; the challenge is in the submission stage now.',
    );
  });

  it('answers a refused action with 409 and the refusal', () => {
    const future = stages.map((s) => ({ ...s, deadline: s.deadline.replace('2027', '2999') }));
    expect(() => assertStageAllows({ stages: future }, 'award')).toThrow(
      expect.objectContaining({
        status: 409,
        message:
          'Awarding opens when the judges’ stage ends on 10 April 2999; the challenge is in the submission stage now.',
      }),
    );
    expect(() => assertStageAllows({ stages: future }, 'submit')).not.toThrow();
  });
});
