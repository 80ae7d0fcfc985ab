import type { ChallengeChangedMessage, ChallengeDto, ProposalDto, RankedProposalDto } from '@hubspoke/contracts';
import { proposalBody } from '../support/challenge-bodies';
import { newPoolReviewer } from '../support/challenge-fixture';
import { moveChallengeTo } from '../support/challenge-stages';
import { connectSocket, eventually, listen, type ClientSocket } from '../support/sockets';
import { sleep } from '../support/wait';
import { createTestApp, type TestContext, type TestOrg, type TestUser } from '../support/test-app';

const DAY_MS = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** A challenge's review live: who hears that it changed, what they hear, and what they then read over HTTP. */
describe('challenge changes over the socket', () => {
  let ctx: TestContext;
  let url: string;
  const sockets: ClientSocket[] = [];
  let manager: TestUser;
  let challenge: ChallengeDto;
  const submitters: TestUser[] = [];
  const proposals: ProposalDto[] = [];
  const reviewers: TestUser[] = [];

  /** A connected socket of the user, recording the challenge changes it is told of. */
  const follow = async (user: TestUser) => {
    const socket = await connectSocket(url, user.token);
    sockets.push(socket);
    const heard: ChallengeChangedMessage[] = [];
    socket.on('challenge:changed', (message) => heard.push(message));
    return heard;
  };
  const scores = (score: number) => ({
    scores: [
      { criterionId: 'impact', score, comment: 'Reaches the districts that need it' },
      { criterionId: 'feasibility', score, comment: '' },
    ],
  });
  const ranking = async () =>
    (await ctx.http.get(`/api/challenges/${challenge.id}/ranking`).set(manager.auth).expect(200))
      .body as RankedProposalDto[];

  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
    manager = await ctx.newUser();
    const funder = await ctx.newOrg({ sector: 'philanthropy' });
    await ctx.joinOrg(manager, funder);
    challenge = (
      await ctx.http
        .post('/api/challenges')
        .set(manager.auth)
        .send({
          title: 'Zero-dose children reached',
          description: 'A grant for measurable progress on routine immunization.',
          funderOrganizationId: funder.id,
          sdgTargets: ['3.b'],
          prize: { amount: 1_000_000, currency: 'USD' },
          stages: ['submission', 'administrative_review', 'peer_review', 'judges', 'award'].map((kind, i) => ({
            kind,
            deadline: at(10 * (i + 1)),
          })),
          rubric: [
            { id: 'impact', name: 'Impact', description: '', weight: 0.6, bands: [{ score: 5, description: 'Large' }] },
            {
              id: 'feasibility',
              name: 'Feasibility',
              description: '',
              weight: 0.4,
              bands: [{ score: 1, description: 'No' }],
            },
          ],
        })
        .expect(201)
    ).body;
    for (const name of ['A', 'B']) {
      const lead: TestOrg = await ctx.newOrg({ name: `Coalition ${name}` });
      const submitter = await ctx.newUser();
      await ctx.joinOrg(submitter, lead);
      const proposal = await ctx.http
        .post(`/api/challenges/${challenge.id}/proposals`)
        .set(submitter.auth)
        .send(proposalBody(lead.id, { title: `Proposal ${name}`, budget: 500_000 }))
        .expect(201);
      submitters.push(submitter);
      proposals.push(proposal.body);
    }
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    for (const proposal of proposals) {
      await ctx.http
        .post(`/api/proposals/${proposal.id}/eligibility`)
        .set(manager.auth)
        .send({ eligible: true })
        .expect(200);
    }
    for (let i = 0; i < 2; i++) reviewers.push(await newPoolReviewer(ctx, challenge.id, manager));
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => ctx.close());

  it('tells the reviewers of their assignment; each then reads the proposals assigned', async () => {
    const [first, second] = await Promise.all(reviewers.map(follow));
    await ctx.http.post(`/api/challenges/${challenge.id}/assignments`).set(manager.auth).send({ perProposal: 2 });
    await eventually(() => expect(first).toEqual([{ challengeId: challenge.id }]));
    await eventually(() => expect(second).toHaveLength(1));
    const mine = await ctx.http.get(`/api/challenges/${challenge.id}/assignments/mine`).set(reviewers[0]!.auth);
    expect(mine.body.map((p: ProposalDto) => p.id).sort()).toEqual(proposals.map((p) => p.id).sort());
  });

  it('a score reaches the manager and the other reviewer as the challenge id only; the refetched ranking has it', async () => {
    const stranger = await ctx.newUser();
    const [managerHeard, otherReviewerHeard, strangerHeard] = await Promise.all([
      follow(manager),
      follow(reviewers[1]!),
      follow(stranger),
    ]);
    await moveChallengeTo(ctx.ds, challenge.id, 'peer_review');
    expect(await ranking()).toEqual([]);

    await ctx.http
      .post(`/api/proposals/${proposals[0]!.id}/scores`)
      .set(reviewers[0]!.auth)
      .send(scores(4))
      .expect(204);
    await eventually(() => expect(managerHeard).toEqual([{ challengeId: challenge.id }]));
    await eventually(() => expect(otherReviewerHeard).toHaveLength(1));
    expect((await ranking()).map((r) => [r.proposal.id, r.rawScore, r.reviews])).toEqual([[proposals[0]!.id, 4, 1]]);

    // a changed score is a change too
    await ctx.http
      .post(`/api/proposals/${proposals[0]!.id}/scores`)
      .set(reviewers[0]!.auth)
      .send(scores(2))
      .expect(204);
    await eventually(() => expect(managerHeard).toHaveLength(2));
    expect((await ranking())[0]!.rawScore).toBe(2);

    // someone who may read none of its proposals is told nothing; a refused score tells nobody anything
    await ctx.http.post(`/api/proposals/${proposals[1]!.id}/scores`).set(stranger.auth).send(scores(5)).expect(404);
    await sleep(300);
    expect(strangerHeard).toEqual([]);
    expect(managerHeard).toHaveLength(2);
  });

  it('shortlist and award reach the submitters, who read their proposals’ new statuses over HTTP', async () => {
    const [winnerHeard, otherHeard] = await Promise.all(submitters.map(follow));
    await moveChallengeTo(ctx.ds, challenge.id, 'judges');
    await ctx.http
      .post(`/api/challenges/${challenge.id}/shortlist`)
      .set(manager.auth)
      .send({ proposalIds: [proposals[0]!.id] })
      .expect(200);
    await eventually(() => expect(otherHeard).toHaveLength(1));
    await moveChallengeTo(ctx.ds, challenge.id, 'award');
    await ctx.http.post(`/api/proposals/${proposals[0]!.id}/award`).set(manager.auth).expect(200);
    await eventually(() => expect(winnerHeard).toHaveLength(2));
    await eventually(() => expect(otherHeard).toEqual([{ challengeId: challenge.id }, { challengeId: challenge.id }]));
    const other = await ctx.http.get(`/api/proposals/${proposals[1]!.id}`).set(submitters[1]!.auth).expect(200);
    expect(other.body.status).toBe('not_selected');
  });
});
