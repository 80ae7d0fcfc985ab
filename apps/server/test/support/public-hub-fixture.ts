import type { HubVisibility } from '@hubspoke/contracts';
import { RatingInputLoader } from '../../src/modules/ratings/rating-input.loader';
import { RollUpReader } from '../../src/modules/goals/roll-up.reader';
import { RatingsComputeService } from '../../src/modules/ratings/ratings-compute.service';
import { unique } from './factories';
import type { TestContext, TestHub, TestMember } from './test-app';

export interface PublicHubFixture {
  hub: TestHub;
  member: TestMember;
  board: TestMember;
  /** A goal on SDG indicator 3.b.1 with a verified and a pending measurement; a goal on a custom metric. */
  indicatorGoalId: string;
  metricGoalId: string;
  verifiedMeasurementId: string;
  pendingMeasurementId: string;
  /** What the public page may show. */
  shown: { goalTitle: string; metricName: string; resolutionTitle: string; seatTitle: string };
  /** What only the hub's members may see: people, tasks, invitations, unverified numbers, notes, open votes. */
  hidden: string[];
}

/**
 * A hub with something of everything: goals with verified and pending measurements, a task, an invitation, a board
 * seat, a passed and an open resolution with votes, a rating. Changes go through the api where they emit events.
 */
export async function createPublicHubFixture(ctx: TestContext, visibility: HubVisibility): Promise<PublicHubFixture> {
  const tag = unique();
  const hub = await ctx.newHub({ visibility, name: `Hub ${tag}`, sdgs: [3], sdgTargets: ['3.b'] });
  const owner = hub.owner;
  await ctx.ds.query(`UPDATE organization SET sector = 'intergovernmental' WHERE id = $1`, [hub.ownerOrg.id]);
  const member = await ctx.newMember(hub, 'member', {
    org: await ctx.newOrg({ name: `Member org ${tag}`, sector: 'ngo' }),
  });
  const board = await ctx.newMember(hub, 'board', {
    org: await ctx.newOrg({ name: `Board org ${tag}`, sector: 'philanthropy' }),
  });
  const post = async (path: string, body: object) => {
    const res = await ctx.http.post(path).set(owner.auth).send(body);
    if (res.status >= 300) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
    return res.body;
  };

  const goalBody = { unit: '%', baseline: 10, target: 90, direction: 'increase', startDate: '2025-01-01' };
  const indicatorGoal = await post(`/api/hubs/${hub.id}/goals`, {
    ...goalBody,
    title: `Raise coverage ${tag}`,
    indicatorCode: '3.b.1',
    dueDate: '2030-12-31',
    ownerOrganizationId: member.org.id,
  });
  const metricName = `Clinics reached ${tag}`;
  const [metric] = await ctx.ds.query(
    `INSERT INTO metric (kind, hub_id, name, unit) VALUES ('custom', $1, $2, 'clinics') RETURNING id`,
    [hub.id, metricName],
  );
  const metricGoal = await post(`/api/hubs/${hub.id}/goals`, {
    ...goalBody,
    title: `Reach clinics ${tag}`,
    customMetricId: metric.id,
    dueDate: '2030-12-31',
    ownerOrganizationId: hub.ownerOrg.id,
  });
  const verifiedNote = `internal note ${tag}`;
  const verified = await post(`/api/hubs/${hub.id}/goals/${indicatorGoal.id}/measurements`, {
    value: 50,
    observedAt: '2026-01-15T00:00:00Z',
    evidenceUrl: 'https://example.org/coverage-report.pdf',
    note: verifiedNote,
  });
  await post(`/api/hubs/${hub.id}/measurements/${verified.measurement.id}/verify`, {});
  const pending = await post(`/api/hubs/${hub.id}/goals/${indicatorGoal.id}/measurements`, {
    value: 87.25,
    observedAt: '2026-02-15T00:00:00Z',
    note: `pending note ${tag}`,
  });
  const task = await post(`/api/hubs/${hub.id}/tasks`, { title: `Secret task ${tag}` });
  const invitee = `invitee-${tag}@example.org`;
  await post(`/api/hubs/${hub.id}/invitations`, { email: invitee, organizationId: member.org.id, role: 'member' });

  const seatTitle = `Philanthropy seat ${tag}`;
  const [seat] = await ctx.ds.query(
    `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id)
     VALUES ($1, $2, 'representative', 'private', $3) RETURNING id`,
    [hub.id, seatTitle, board.memberId],
  );
  const resolutionTitle = `Adopt the plan ${tag}`;
  const tally = { seats: 1, voted: 1, for: 1, against: 0, abstain: 0, quorumMet: true, majorityMet: true };
  const [passed] = await ctx.ds.query(
    `INSERT INTO resolution (hub_id, title, motion, status, quorum, majority, deadline, closed_at, final_tally)
     VALUES ($1, $2, 'The board adopts the plan', 'passed', 0.5, 'simple', now() - interval '2 days',
             now() - interval '1 day', $3) RETURNING id`,
    [hub.id, resolutionTitle, JSON.stringify({ tally, seats: [], countedVoteIds: [] })],
  );
  const openTitle = `Open motion ${tag}`;
  await ctx.ds.query(
    `INSERT INTO resolution (hub_id, title, motion, quorum, majority, deadline)
     VALUES ($1, $2, 'Undecided', 0.5, 'simple', now() + interval '1 day')`,
    [hub.id, openTitle],
  );
  await ctx.ds.query(
    `INSERT INTO vote (resolution_id, seat_id, voter_member_id, user_id, voter_name, voter_organization_id,
                       voter_organization_name, seat_title, seat_kind, seat_constituency, cast_by, choice)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'representative', 'private', 'holder', 'for')`,
    [passed.id, seat.id, board.memberId, board.user.id, board.user.name, board.org.id, board.org.name, seatTitle],
  );
  await new RatingsComputeService(ctx.ds, new RatingInputLoader(ctx.ds, new RollUpReader(ctx.ds))).recompute(
    new Date(),
  );

  return {
    hub,
    member,
    board,
    indicatorGoalId: indicatorGoal.id,
    metricGoalId: metricGoal.id,
    verifiedMeasurementId: verified.measurement.id,
    pendingMeasurementId: pending.measurement.id,
    shown: { goalTitle: indicatorGoal.title, metricName, resolutionTitle, seatTitle },
    hidden: [
      ...[owner, member.user, board.user].flatMap((u) => [u.id, u.name, u.email]),
      pending.measurement.id,
      '87.25',
      verifiedNote,
      `pending note ${tag}`,
      task.id,
      task.title,
      invitee,
      openTitle,
    ],
  };
}
