import type { ChallengeDto, CriterionScoreDto, ProposalDto, ReviewAssignmentDto } from '@hubspoke/contracts';
import { proposalBody } from '../support/challenge-bodies';
import { newChallenge, newPoolReviewer } from '../support/challenge-fixture';
import { moveChallengeTo, stagesAt } from '../support/challenge-stages';
import { createTestApp, type TestContext, type TestOrg, type TestUser } from '../support/test-app';

/** A reviewer reads back their own scores on their assignments, revises them in peer review, and not after. */
describe('challenge reviews: a reviewer’s own scores on their assignments', () => {
  let ctx: TestContext;
  let manager: TestUser;
  let lead: TestOrg;
  let challenge: ChallengeDto;
  let proposal: ProposalDto;
  const reviewers: TestUser[] = [];

  const rubric = ['impact', 'feasibility'].map((id) => ({
    id,
    name: id,
    description: '',
    weight: 0.5,
    bands: [{ score: 3, description: 'Fair' }],
  }));
  const mine = async (reviewer: TestUser) =>
    (await ctx.http.get(`/api/challenges/${challenge.id}/assignments/mine`).set(reviewer.auth).expect(200))
      .body as ReviewAssignmentDto[];
  const score = (reviewer: TestUser, scores: CriterionScoreDto[]) =>
    ctx.http.post(`/api/proposals/${proposal.id}/scores`).set(reviewer.auth).send({ scores });

  beforeAll(async () => {
    ctx = await createTestApp();
    ({ manager, challenge } = await newChallenge(ctx, { stages: stagesAt('submission'), rubric }));
    lead = await ctx.newOrg({ name: 'Coalition lead' });
    const submitter = await ctx.newUser();
    await ctx.joinOrg(submitter, lead);
    proposal = (
      await ctx.http
        .post(`/api/challenges/${challenge.id}/proposals`)
        .set(submitter.auth)
        .send(proposalBody(lead.id))
        .expect(201)
    ).body;
    for (const name of ['Reviewer org A', 'Reviewer org B']) {
      reviewers.push(await newPoolReviewer(ctx, challenge.id, manager, name));
    }
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    await ctx.http
      .post(`/api/proposals/${proposal.id}/eligibility`)
      .set(manager.auth)
      .send({ eligible: true })
      .expect(200);
    await ctx.http
      .post(`/api/challenges/${challenge.id}/assignments`)
      .set(manager.auth)
      .send({ perProposal: 2 })
      .expect(200);
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
  });
  afterAll(() => ctx.close());

  it('lists an assignment not scored until every criterion has the reviewer’s score', async () => {
    expect(await mine(reviewers[0]!)).toEqual([
      expect.objectContaining({ id: proposal.id, myScores: [], scored: false, conflicted: false }),
    ]);
    await score(reviewers[0]!, [{ criterionId: 'feasibility', score: 2, comment: 'Thin plan' }]).expect(204);
    const [partly] = await mine(reviewers[0]!);
    expect(partly).toMatchObject({
      myScores: [{ criterionId: 'feasibility', score: 2, comment: 'Thin plan' }],
      scored: false,
    });
  });

  it('gives back the reviewer’s own scores and comments in the rubric’s order, never another reviewer’s', async () => {
    await score(reviewers[0]!, [
      { criterionId: 'feasibility', score: 2, comment: 'Thin plan' },
      { criterionId: 'impact', score: 4, comment: 'Wide reach' },
    ]).expect(204);
    const [own] = await mine(reviewers[0]!);
    expect(own).toMatchObject({
      myScores: [
        { criterionId: 'impact', score: 4, comment: 'Wide reach' },
        { criterionId: 'feasibility', score: 2, comment: 'Thin plan' },
      ],
      scored: true,
    });
    const [others] = await mine(reviewers[1]!);
    expect(others).toMatchObject({ id: proposal.id, myScores: [], scored: false });
  });

  it('takes a revision during peer review and refuses one after its deadline, keeping the revision', async () => {
    const revised = [
      { criterionId: 'impact', score: 5, comment: 'Wider than I thought' },
      { criterionId: 'feasibility', score: 3, comment: 'Plan detailed on second reading' },
    ];
    await score(reviewers[0]!, revised).expect(204);
    expect((await mine(reviewers[0]!))[0]!.myScores).toEqual(revised);

    const stages = await moveChallengeTo(ctx.ds, challenge.id, 'judges');
    const late = await score(reviewers[0]!, [
      { criterionId: 'impact', score: 1, comment: 'Too late' },
      { criterionId: 'feasibility', score: 1, comment: 'Too late' },
    ]).expect(409);
    const peerReviewEnd = new Date(stages.find((s) => s.kind === 'peer_review')!.deadline).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(late.body.message).toBe(
      `Scoring closed when peer review ended on ${peerReviewEnd}; the challenge is in the judges’ stage now.`,
    );
    expect((await mine(reviewers[0]!))[0]!.myScores).toEqual(revised);
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
  });

  it('marks an assignment conflicted once the reviewer turns out to be part of the proposal', async () => {
    await ctx.joinOrg(reviewers[1]!, lead);
    const [conflicted] = await mine(reviewers[1]!);
    expect(conflicted).toMatchObject({ id: proposal.id, conflicted: true });
    await score(reviewers[1]!, [
      { criterionId: 'impact', score: 5, comment: '' },
      { criterionId: 'feasibility', score: 5, comment: '' },
    ]).expect(403);
    expect((await mine(reviewers[0]!))[0]!.conflicted).toBe(false);
  });
});
