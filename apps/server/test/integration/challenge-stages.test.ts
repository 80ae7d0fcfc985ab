import type {
  ChallengeDto,
  ChallengeStageDto,
  ChallengeStageKind,
  ProposalDto,
  ProposalStatus,
} from '@hubspoke/contracts';
import type { Test } from 'supertest';
import { proposalBody } from '../support/challenge-bodies';
import { newChallenge, newPoolReviewer } from '../support/challenge-fixture';
import { moveChallengeTo, stagesAt } from '../support/challenge-stages';
import { createTestApp, type TestContext, type TestOrg, type TestUser } from '../support/test-app';

type Moment = ChallengeStageKind | 'closed';

const NOW_IN: Record<Moment, string> = {
  submission: 'the challenge is in the submission stage now',
  administrative_review: 'the challenge is in the administrative review now',
  peer_review: 'the challenge is in peer review now',
  judges: 'the challenge is in the judges’ stage now',
  award: 'the challenge is in the award stage now',
  closed: 'the challenge has closed',
};

const longDate = (instant: string) =>
  new Date(instant).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const deadlineOf = (stages: ChallengeStageDto[], kind: ChallengeStageKind) =>
  longDate(stages.find((s) => s.kind === kind)!.deadline);

/** Every stage action tried in every stage but its own: 409 naming the stage, and nothing changed; then in its own. */
describe('challenge stages: each action only in its stage', () => {
  let ctx: TestContext;
  let funder: TestOrg;
  let manager: TestUser;
  let challenge: ChallengeDto;
  let proposals: ProposalDto[];
  const reviewers: TestUser[] = [];
  /** What a stage action could change: the proposals as the manager reads them, assignments, scores, award effects. */
  const state = async () => {
    const read = await ctx.http.get(`/api/challenges/${challenge.id}/proposals`).set(manager.auth).expect(200);
    const [counts]: Record<'assignments' | 'scores' | 'fundsTies' | 'hubs' | 'goals' | 'proposalCount', number>[] =
      await ctx.ds.query(
        `SELECT (SELECT count(*)::int FROM review_assignment) AS assignments,
              (SELECT count(*)::int FROM proposal_score) AS scores,
              (SELECT count(*)::int FROM relationship WHERE source_id = $1 AND kind = 'funds') AS "fundsTies",
              (SELECT count(*)::int FROM hub) AS hubs,
              (SELECT count(*)::int FROM goal) AS goals,
              (SELECT count(*)::int FROM proposal) AS "proposalCount"`,
        [funder.id],
      );
    return { proposals: (read.body as ProposalDto[]).map((p) => ({ id: p.id, status: p.status })), ...counts };
  };

  /**
   * Tries the action in each of the stages given: each answers 409 saying when the action's stage opens (the end of
   * `opensAfter`) or closed (the end of `closesWith`) and where the challenge is now, and changes nothing.
   */
  const refusedIn = async (
    moments: Moment[],
    attempt: () => Test,
    expected: { action: string; opensAfter: ChallengeStageKind; closesWith: ChallengeStageKind },
  ) => {
    const order: Moment[] = ['submission', 'administrative_review', 'peer_review', 'judges', 'award', 'closed'];
    for (const moment of moments) {
      const stages = await moveChallengeTo(ctx.ds, challenge.id, moment);
      const before = await state();
      const res = await attempt();
      expect({ moment, status: res.status }).toEqual({ moment, status: 409 });
      const when =
        order.indexOf(moment) <= order.indexOf(expected.opensAfter)
          ? `opens when ${phrase(expected.opensAfter)} ends on ${deadlineOf(stages, expected.opensAfter)}`
          : `closed when ${phrase(expected.closesWith)} ended on ${deadlineOf(stages, expected.closesWith)}`;
      expect(res.body).toMatchObject({ statusCode: 409, message: `${expected.action} ${when}; ${NOW_IN[moment]}.` });
      expect(await state()).toEqual(before);
    }
  };
  /** Each test states the proposals' statuses it starts from, so it stands on its own. */
  const givenStatuses = async (...statuses: ProposalStatus[]) => {
    for (const [i, status] of statuses.entries()) {
      await ctx.ds.query(`UPDATE proposal SET status = $2 WHERE id = $1`, [proposals[i]!.id, status]);
    }
  };
  const phrase = (kind: ChallengeStageKind) => NOW_IN[kind].replace(/^the challenge is in | now$/g, '');

  beforeAll(async () => {
    ctx = await createTestApp();
    ({ funder, manager, challenge } = await newChallenge(ctx, { stages: stagesAt('submission') }));
    const leads = await Promise.all(['A', 'B', 'C'].map((n) => ctx.newOrg({ name: `Coalition ${n}` })));
    proposals = [];
    for (const lead of leads) {
      const submitter = await ctx.newUser();
      await ctx.joinOrg(submitter, lead);
      proposals.push(
        (
          await ctx.http
            .post(`/api/challenges/${challenge.id}/proposals`)
            .set(submitter.auth)
            .send(proposalBody(lead.id, { title: `Proposal of ${lead.name}` }))
            .expect(201)
        ).body,
      );
    }
    for (let i = 0; i < 2; i++) {
      reviewers.push(await newPoolReviewer(ctx, challenge.id, manager, `Reviewer org ${i}`));
    }
  });
  afterAll(() => ctx.close());

  it('takes proposals only in the submission stage', async () => {
    const late = await ctx.newOrg({ name: 'Late coalition' });
    await refusedIn(
      ['administrative_review', 'closed'],
      () => ctx.http.post(`/api/challenges/${challenge.id}/proposals`).set(manager.auth).send(proposalBody(late.id)),
      { action: 'Submitting proposals', opensAfter: 'submission', closesWith: 'submission' },
    );
  });

  it('decides eligibility only in the administrative review', async () => {
    const decide = (p: ProposalDto, eligible: boolean) =>
      ctx.http.post(`/api/proposals/${p.id}/eligibility`).set(manager.auth).send({ eligible });
    await refusedIn(['submission', 'peer_review', 'judges', 'award', 'closed'], () => decide(proposals[0]!, true), {
      action: 'Deciding eligibility',
      opensAfter: 'submission',
      closesWith: 'administrative_review',
    });
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    for (const p of proposals) {
      expect((await decide(p, true).expect(200)).body.status).toBe('eligible');
    }
  });

  it('assigns reviewers in the administrative review and in peer review, not before or after', async () => {
    await givenStatuses('eligible', 'eligible', 'eligible');
    const assign = (perProposal: number) =>
      ctx.http.post(`/api/challenges/${challenge.id}/assignments`).set(manager.auth).send({ perProposal });
    await refusedIn(['submission', 'judges', 'award', 'closed'], () => assign(2), {
      action: 'Assigning reviewers',
      opensAfter: 'submission',
      closesWith: 'peer_review',
    });
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    expect((await assign(1).expect(200)).body).toEqual({ assigned: 3 });
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
    expect((await assign(2).expect(200)).body).toEqual({ assigned: 3 });
  });

  it('takes a proposal declared ineligible in the administrative review off its reviewers’ lists', async () => {
    await givenStatuses('eligible', 'eligible', 'eligible');
    await ctx.ds.query(
      `INSERT INTO review_assignment (proposal_id, reviewer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [proposals[2]!.id, reviewers[1]!.id],
    );
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    await ctx.http
      .post(`/api/proposals/${proposals[2]!.id}/eligibility`)
      .set(manager.auth)
      .send({ eligible: false })
      .expect(200);
    const mine = await ctx.http
      .get(`/api/challenges/${challenge.id}/assignments/mine`)
      .set(reviewers[1]!.auth)
      .expect(200);
    expect(mine.body.map((p: ProposalDto) => p.id)).not.toContain(proposals[2]!.id);
    await ctx.http.get(`/api/proposals/${proposals[2]!.id}`).set(reviewers[1]!.auth).expect(404);
  });

  it('takes scores only in peer review', async () => {
    await givenStatuses('eligible', 'eligible', 'eligible');
    await ctx.ds.query(
      `INSERT INTO review_assignment (proposal_id, reviewer_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
      [proposals.map((p) => p.id), reviewers[0]!.id],
    );
    const score = (p: ProposalDto, value: number) =>
      ctx.http
        .post(`/api/proposals/${p.id}/scores`)
        .set(reviewers[0]!.auth)
        .send({ scores: [{ criterionId: 'impact', score: value, comment: '' }] });
    await refusedIn(
      ['submission', 'administrative_review', 'judges', 'award', 'closed'],
      () => score(proposals[0]!, 5),
      {
        action: 'Scoring',
        opensAfter: 'administrative_review',
        closesWith: 'peer_review',
      },
    );
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
    for (const [i, p] of proposals.entries()) await score(p, 5 - i).expect(204);
    const ranking = await ctx.http.get(`/api/challenges/${challenge.id}/ranking`).set(manager.auth).expect(200);
    expect(ranking.body).toHaveLength(3);
  });

  it('shortlists only in the judges’ stage, where the manager judges', async () => {
    await givenStatuses('eligible', 'eligible', 'eligible');
    const shortlist = () =>
      ctx.http
        .post(`/api/challenges/${challenge.id}/shortlist`)
        .set(manager.auth)
        .send({ proposalIds: [proposals[0]!.id, proposals[1]!.id] });
    await refusedIn(['submission', 'administrative_review', 'peer_review', 'award', 'closed'], shortlist, {
      action: 'Shortlisting',
      opensAfter: 'peer_review',
      closesWith: 'judges',
    });
    await moveChallengeTo(ctx.ds, challenge.id, 'judges');
    const listed = (await shortlist().expect(200)).body as ProposalDto[];
    expect(listed.map((p) => p.status)).toEqual(['shortlisted', 'shortlisted']);
  });

  it('awards only in the award stage, and only a shortlisted proposal', async () => {
    await givenStatuses('shortlisted', 'shortlisted', 'eligible');
    const award = (p: ProposalDto) => ctx.http.post(`/api/proposals/${p.id}/award`).set(manager.auth);
    await refusedIn(
      ['submission', 'administrative_review', 'peer_review', 'judges', 'closed'],
      () => award(proposals[0]!),
      {
        action: 'Awarding',
        opensAfter: 'judges',
        closesWith: 'award',
      },
    );
    await moveChallengeTo(ctx.ds, challenge.id, 'award');
    const before = await state();
    const notShortlisted = await award(proposals[2]!).expect(409);
    expect(notShortlisted.body.message).toBe('Only a shortlisted proposal can be awarded');
    expect(await state()).toEqual(before);

    const won = await award(proposals[0]!).expect(200);
    expect(won.body).toMatchObject({ createdHub: true, proposal: { status: 'awarded' } });
    const after = await state();
    expect(after.fundsTies).toBe(1);
    expect(after.proposals.map((p) => p.status)).toEqual(['awarded', 'not_selected', 'not_selected']);
  });
});
