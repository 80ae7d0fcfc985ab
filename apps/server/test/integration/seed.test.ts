import { currentStage, HUB_ROLES, TASK_STATUSES, type BoardPackDto, type ChallengeStageDto } from '@hubspoke/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import bcrypt from 'bcryptjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { readResolutions } from '../../src/modules/board/resolutions.reader';
import { ConsolidationService } from '../../src/modules/consolidation/consolidation.service';
import { DEMO_PASSWORD } from '../../src/modules/seed/demo-data';
import { EAST_AFRICA_HUB } from '../../src/modules/seed/east-africa-hub';
import { GoalReader } from '../../src/modules/goals/goal.reader';
import { PolicyService } from '../../src/modules/policy/policy.service';
import { SdgService } from '../../src/modules/sdg/sdg.service';
import { SeedModule } from '../../src/modules/seed/seed.module';
import { SeedService } from '../../src/modules/seed/seed.service';
import { testEnv } from '../support/services';
import { createTestDatabase } from '../support/test-app';

const indicatorCodes = (): Set<string> => {
  const file = path.join(__dirname, '../../data/sdg-framework.json');
  const framework = JSON.parse(readFileSync(file, 'utf8')) as {
    goals: { targets: { indicators: { code: string }[] }[] }[];
  };
  return new Set(framework.goals.flatMap((g) => g.targets.flatMap((t) => t.indicators.map((i) => i.code))));
};

describe('seed', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: INestApplicationContext;
  let ds: DataSource;
  let seed: SeedService;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await ds.query(sql, params))[0].n);

  const resolutionIds = async (hubId: string): Promise<string[]> =>
    (await ds.query(`SELECT id FROM resolution WHERE hub_id = $1 ORDER BY created_at`, [hubId])).map(
      (r: { id: string }) => r.id,
    );

  /** Row counts of every seeded table and the hubs' seqs: what a second run must leave alone. */
  const snapshot = () =>
    ds.query(`SELECT (SELECT count(*) FROM organization) AS orgs, (SELECT count(*) FROM "user") AS users,
                     (SELECT count(*) FROM hub_member) AS members, (SELECT count(*) FROM goal) AS goals,
                     (SELECT count(*) FROM measurement) AS measurements, (SELECT count(*) FROM task) AS tasks,
                     (SELECT count(*) FROM comment) AS comments, (SELECT count(*) FROM hub_event) AS events,
                     (SELECT count(*) FROM board_seat) AS seats, (SELECT count(*) FROM vote) AS votes,
                     (SELECT count(*) FROM board_review) AS reviews, (SELECT count(*) FROM challenge) AS challenges,
                     (SELECT count(*) FROM proposal) AS proposals, (SELECT count(*) FROM proposal_score) AS scores,
                     (SELECT array_agg(last_seq ORDER BY slug) FROM hub) AS seqs`);

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, testEnv(db.url));
    app = await NestFactory.createApplicationContext(SeedModule.forRoot(), { logger: false });
    ds = app.get(DataSource);
    seed = app.get(SeedService);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('seeds an empty database with the sample organizations, three demo hubs and a child hub of one', async () => {
    const result = await seed.seedIfEmpty();
    expect(result).toMatchObject({ seeded: true, organizations: 110, hubs: 4 });
    expect(await count('SELECT count(*) AS n FROM organization')).toBe(110);
    const hubs = await ds.query(`SELECT name, visibility, sdgs, sdg_targets FROM hub ORDER BY name`);
    expect(hubs).toEqual([
      {
        name: 'City Climate Action Hub',
        visibility: 'public',
        sdgs: [13, 11],
        sdg_targets: ['13.1', '13.2', '11.6'],
      },
      { name: 'East African Immunization Hub', visibility: 'private', sdgs: [3], sdg_targets: ['3.b'] },
      { name: 'Urban Air & Climate Coalition', visibility: 'public', sdgs: [11, 13], sdg_targets: ['11.6', '13.2'] },
      { name: 'Vaccine Delivery Hub', visibility: 'public', sdgs: [3], sdg_targets: ['3.b'] },
    ]);
  });

  it('gives the main hubs active members of all four roles, Gavi, C40 and UNEP as secretariats, and a pending invitation', async () => {
    const rows: { name: string; roles: string[]; invited: number; secretariat: string[] }[] = await ds.query(
      `SELECT h.name,
              array_agg(DISTINCT m.role::text ORDER BY m.role::text) FILTER (WHERE m.status = 'active') AS roles,
              count(*) FILTER (WHERE m.status = 'invited')::int AS invited,
              array_agg(o.short_name) FILTER (WHERE m.role = 'secretariat') AS secretariat
         FROM hub h JOIN hub_member m ON m.hub_id = h.id JOIN organization o ON o.id = m.organization_id
        WHERE h.slug <> $1
        GROUP BY h.name ORDER BY h.name`,
      [EAST_AFRICA_HUB.slug],
    );
    for (const row of rows) {
      expect(row.roles).toEqual([...HUB_ROLES].sort());
      expect(row.invited).toBe(1);
    }
    expect(rows.map((r) => r.secretariat)).toEqual([['C40'], ['UNEP'], ['Gavi']]);
  });

  it('creates about 20 tasks per main hub in every status, some overdue, assigned to member organizations', async () => {
    const rows: { statuses: string[]; tasks: number; overdue: number; foreign: number }[] = await ds.query(
      `SELECT array_agg(DISTINCT t.status::text) AS statuses, count(*)::int AS tasks,
              count(*) FILTER (WHERE t.due_date < current_date AND t.status <> 'done')::int AS overdue,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM hub_member m WHERE m.hub_id = t.hub_id AND m.organization_id = t.assignee_organization_id
                   AND m.status = 'active' AND m.role IN ('secretariat', 'member')))::int AS foreign
         FROM task t JOIN hub h ON h.id = t.hub_id
        WHERE h.slug IN ('vaccine-delivery-hub', 'city-climate-action-hub')
        GROUP BY t.hub_id`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.statuses.sort()).toEqual([...TASK_STATUSES].sort());
      expect(row.tasks).toBeGreaterThanOrEqual(18);
      expect(row.overdue).toBeGreaterThan(0);
      expect(row.foreign).toBe(0);
    }
    expect(await count(`SELECT count(*) AS n FROM task WHERE status = 'done' AND completed_at IS NULL`)).toBe(0);
  });

  it('binds goals to indicator codes of the SDG framework, with verified and pending measurements', async () => {
    const goals: { indicator_code: string | null; verified: number; pending: number }[] = await ds.query(
      `SELECT g.indicator_code, count(m.id) FILTER (WHERE m.verified_at IS NOT NULL)::int AS verified,
              count(m.id) FILTER (WHERE m.verified_at IS NULL)::int AS pending
         FROM goal g LEFT JOIN measurement m ON m.goal_id = g.id GROUP BY g.id`,
    );
    const codes = indicatorCodes();
    const bound = goals.flatMap((g) => g.indicator_code ?? []);
    expect(bound.length).toBeGreaterThanOrEqual(6);
    expect(bound.filter((c) => !codes.has(c))).toEqual([]);
    expect(new Set(bound)).toEqual(new Set(['3.b.1', '3.b.3', '13.2.2', '11.6.2', '13.1.3']));
    for (const g of goals) expect(g.verified + g.pending).toBeGreaterThanOrEqual(3);
    expect(goals.some((g) => g.pending > 0)).toBe(true);
  });

  it('records the history as events with consecutive seqs per hub, ending at the hub’s lastSeq', async () => {
    const rows: { slug: string; seqs: string[]; last_seq: string; types: string[]; ordered: boolean }[] =
      await ds.query(
        `SELECT h.slug, array_agg(e.seq ORDER BY e.seq) AS seqs, h.last_seq, array_agg(DISTINCT e.type::text) AS types,
              bool_and(e.created_at < now()) AS ordered
         FROM hub h JOIN hub_event e ON e.hub_id = h.id GROUP BY h.id`,
      );
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const seqs = row.seqs.map(Number);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(Number(row.last_seq)).toBe(seqs.length);
      expect(row.types).toEqual(
        expect.arrayContaining([
          'hub.created',
          'member.joined',
          'member.invited',
          'goal.created',
          'goal.measured',
          'measurement.verified',
          // the child hub has no tasks; it has its link to the parent
          ...(row.slug === EAST_AFRICA_HUB.slug
            ? ['hub_link.requested', 'hub_link.accepted']
            : ['task.created', 'task.moved', 'comment.created']),
        ]),
      );
      expect(row.ordered).toBe(true);
    }
    // the events’ times never go back as seqs go forward: the history reads in order
    expect(
      await count(
        `SELECT count(*) AS n FROM hub_event a JOIN hub_event b ON b.hub_id = a.hub_id AND b.seq = a.seq + 1
          WHERE b.created_at < a.created_at`,
      ),
    ).toBe(0);
  });

  it('links the East African hub to the Vaccine Delivery Hub, its coverage rolling up into the parent’s', async () => {
    const [parent]: { id: string }[] = await ds.query(`SELECT id FROM hub WHERE slug = 'vaccine-delivery-hub'`);
    const links: { status: string; child: string }[] = await ds.query(
      `SELECT l.status, c.name AS child FROM hub_link l JOIN hub c ON c.id = l.child_hub_id WHERE l.parent_hub_id = $1`,
      [parent!.id],
    );
    expect(links).toEqual([{ status: 'active', child: 'East African Immunization Hub' }]);
    const goals = await app.get(GoalReader).all(parent!.id, { recent: 1, map: (_row, state) => state });
    const rolling = goals.filter((state) => state.rollUp);
    expect(rolling).toHaveLength(1);
    expect(rolling[0]!.rollUp).toMatchObject({
      method: 'weighted_mean',
      value: 81.6,
      reportedCount: 1,
      contributions: [{ childHub: { name: 'East African Immunization Hub' }, value: 81.6, weight: 1 }],
    });
  });

  it('makes the two public climate hubs candidates to federate on 11.6 and 13.2: 5 of their 12 organizations shared', async () => {
    const consolidation = new ConsolidationService(ds, new PolicyService(ds), new SdgService());
    for (const code of ['11.6', '13.2']) {
      const view = await consolidation.target(code);
      expect(view.hubs.map((h) => [h.name, h.organizations])).toEqual([
        ['City Climate Action Hub', 9],
        ['Urban Air & Climate Coalition', 8],
      ]);
      expect(view.pairs).toHaveLength(1);
      expect(view.pairs[0]).toMatchObject({ union: 12, jaccard: 0.4167, links: [], candidate: { kind: 'federate' } });
      expect(view.pairs[0]!.shared.map((o) => o.shortName ?? o.name).sort()).toEqual(
        ['CDP', 'City of Paris', 'Greater London Authority', 'ICLEI', 'WRI'].sort(),
      );
    }
    expect((await consolidation.targets()).map((t) => t.code)).toEqual(['11.6', '13.2']);
  });

  it('gives the Vaccine Delivery Hub a board: seats of three constituencies, rules, two resolutions, a review', async () => {
    const [hub]: { id: string }[] = await ds.query(`SELECT id FROM hub WHERE slug = 'vaccine-delivery-hub'`);
    const seats: { constituency: string; holder: string; alternate: string | null }[] = await ds.query(
      `SELECT s.constituency, hu.email AS holder, au.email AS alternate
         FROM board_seat s JOIN hub_member h ON h.id = s.holder_member_id JOIN "user" hu ON hu.id = h.user_id
         LEFT JOIN hub_member a ON a.id = s.alternate_member_id LEFT JOIN "user" au ON au.id = a.user_id
        WHERE s.hub_id = $1 AND h.role = 'board' AND h.status = 'active' AND (a.id IS NULL OR a.role = 'board')
        ORDER BY s.constituency`,
      [hub!.id],
    );
    expect(seats).toEqual([
      { constituency: 'public', holder: 'samuel@worldbank.example.org', alternate: null },
      { constituency: 'private', holder: 'eleanor@gates.example.org', alternate: 'grace@bloomberg.example.org' },
      { constituency: 'civic', holder: 'aisha@savethechildren.example.org', alternate: null },
    ]);
    expect(await ds.query(`SELECT quorum, majority FROM board_rules WHERE hub_id = $1`, [hub!.id])).toEqual([
      { quorum: 0.6, majority: 'two_thirds' },
    ]);

    // the api's own reading: one resolution passed (an alternate voting for the seat), its tally frozen with the three
    // seats of its close; one open and awaiting votes
    const resolutions = (await readResolutions(ds.manager, hub!.id, await resolutionIds(hub!.id))).map((r) => ({
      status: r.status,
      tally: r.tally,
      alternates: r.votes.filter((v) => v.castBy === 'alternate').map((v) => `${v.voter.name} for ${v.seat.title}`),
      open: Date.parse(r.deadline) > Date.now(),
      closingSeats: r.closingSeats?.length ?? null,
    }));
    expect(resolutions).toEqual([
      {
        status: 'passed',
        tally: expect.objectContaining({ seats: 3, voted: 3, for: 2, against: 1, quorumMet: true, majorityMet: true }),
        alternates: ['Grace Miller for Foundations'],
        open: false,
        closingSeats: 3,
      },
      {
        status: 'open',
        tally: expect.objectContaining({ seats: 3, voted: 1, for: 1 }),
        alternates: [],
        open: true,
        closingSeats: null,
      },
    ]);

    // the review is ahead, its pack frozen with the hub's goals and both resolutions; one board member has read it
    const [review]: { pack: BoardPackDto; upcoming: boolean; readers: number }[] = await ds.query(
      `SELECT pack, scheduled_for > now() AS upcoming,
              (SELECT count(*)::int FROM board_pack_read r WHERE r.review_id = b.id) AS readers
         FROM board_review b WHERE hub_id = $1`,
      [hub!.id],
    );
    expect(review).toMatchObject({ upcoming: true, readers: 1 });
    const goals = await count(`SELECT count(*) AS n FROM goal WHERE hub_id = $1`, [hub!.id]);
    expect(review!.pack.goals).toHaveLength(goals);
    expect(review!.pack.resolutions.map((r) => r.status).sort()).toEqual(['open', 'passed']);
    expect(review!.pack.changes['task.created']).toBeGreaterThan(0);

    const types: { type: string }[] = await ds.query(`SELECT DISTINCT type FROM hub_event WHERE hub_id = $1`, [
      hub!.id,
    ]);
    expect(types.map((t) => t.type)).toEqual(
      expect.arrayContaining([
        'board.rules_changed',
        'board.seat_saved',
        'resolution.proposed',
        'resolution.voted',
        'resolution.closed',
        'review.scheduled',
      ]),
    );
  });

  it('issues a Gates Foundation challenge on 3.b, in peer review, with conflict-free assignments and some scores', async () => {
    const [challenge]: {
      id: string;
      funder: string;
      manager: string;
      sdg_targets: string[];
      stages: ChallengeStageDto[];
    }[] = await ds.query(
      `SELECT c.id, o.name AS funder, u.email AS manager, c.sdg_targets, c.stages
           FROM challenge c JOIN organization o ON o.id = c.funder_organization_id JOIN "user" u ON u.id = c.created_by_id`,
    );
    expect(challenge).toMatchObject({
      funder: 'Gates Foundation',
      manager: 'eleanor@gates.example.org',
      sdg_targets: ['3.b'],
    });
    expect(currentStage(challenge!.stages)).toBe('peer_review');
    const proposals: { status: string; hub: string | null; assigned: number; scored: number }[] = await ds.query(
      `SELECT p.status, h.name AS hub,
              (SELECT count(*)::int FROM review_assignment a WHERE a.proposal_id = p.id) AS assigned,
              (SELECT count(DISTINCT s.reviewer_id)::int FROM proposal_score s WHERE s.proposal_id = p.id) AS scored
         FROM proposal p LEFT JOIN hub h ON h.id = p.hub_id WHERE p.challenge_id = $1 ORDER BY p.created_at`,
      [challenge!.id],
    );
    expect(proposals).toEqual([
      { status: 'eligible', hub: 'Vaccine Delivery Hub', assigned: 2, scored: 2 },
      { status: 'eligible', hub: null, assigned: 2, scored: 1 },
      { status: 'ineligible', hub: null, assigned: 0, scored: 0 },
    ]);
    // no reviewer reviews a proposal of their own organization (its lead, its team, the proposing hub's members)
    const conflicts = await count(
      `SELECT count(*) AS n FROM review_assignment a JOIN proposal p ON p.id = a.proposal_id
         JOIN challenge_reviewer r ON r.challenge_id = p.challenge_id AND r.user_id = a.reviewer_id
        WHERE r.organization_id = p.lead_organization_id
           OR p.team @> jsonb_build_array(jsonb_build_object('organizationId', r.organization_id))
           OR EXISTS (SELECT 1 FROM hub_member m WHERE m.hub_id = p.hub_id AND m.organization_id = r.organization_id)`,
    );
    expect(conflicts).toBe(0);
    // every score belongs to an assigned reviewer and a criterion of the rubric
    const stray = await count(
      `SELECT count(*) AS n FROM proposal_score s JOIN proposal p ON p.id = s.proposal_id JOIN challenge c ON c.id = p.challenge_id
        WHERE NOT EXISTS (SELECT 1 FROM review_assignment a WHERE a.proposal_id = s.proposal_id AND a.reviewer_id = s.reviewer_id)
           OR NOT c.rubric @> jsonb_build_array(jsonb_build_object('id', s.criterion_id))`,
    );
    expect(stray).toBe(0);
  });

  it('shows each state of trust: unclaimed, claimed by an admin, verified with domains, a pending request, an edit', async () => {
    const orgs: { name: string; claimed: boolean; verified: boolean; email_domains: string[] }[] = await ds.query(
      `SELECT name, claimed_at IS NOT NULL AS claimed, verified_at IS NOT NULL AS verified, email_domains FROM organization`,
    );
    expect(
      orgs
        .filter((o) => o.claimed)
        .map((o) => o.name)
        .sort(),
    ).toEqual(['C40 Cities Climate Leadership Group', 'Gavi, the Vaccine Alliance', 'Gates Foundation'].sort());
    expect(orgs.filter((o) => o.verified)).toHaveLength(5);
    expect(orgs.filter((o) => !o.claimed).length).toBeGreaterThan(100);
    // every demo person acts for the organizations they represent, approved
    const unapproved = await count(
      `SELECT count(*) AS n FROM hub_member m WHERE m.status = 'active' AND NOT EXISTS (
         SELECT 1 FROM organization_member o WHERE o.organization_id = m.organization_id AND o.user_id = m.user_id
            AND o.status = 'approved')`,
    );
    expect(unapproved).toBe(0);
    const pending: { email: string; org: string }[] = await ds.query(
      `SELECT u.email, o.name AS org FROM organization_member m JOIN "user" u ON u.id = m.user_id
         JOIN organization o ON o.id = m.organization_id WHERE m.status = 'pending'`,
    );
    expect(pending).toEqual([{ email: 'tomas@example.org', org: 'Gates Foundation' }]);
    expect(await count(`SELECT count(*) AS n FROM organization_revision`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM "user" WHERE email_verified_at IS NULL`)).toBe(0);
  });

  it('fills the demo people’s inboxes with what waits for them, by the api’s own planners', async () => {
    const inbox = async (email: string) =>
      (
        await ds.query(
          `SELECT n.type, n.read_at IS NOT NULL AS read FROM notification n JOIN "user" u ON u.id = n.user_id
            WHERE u.email = $1 ORDER BY n.type, n.read_at NULLS FIRST`,
          [email],
        )
      ).map((n: { type: string; read: boolean }) => `${n.type}${n.read ? '' : ' (unread)'}`);
    // Eleanor: the open vote and the review's pack wait for her
    expect(await inbox('eleanor@gates.example.org')).toEqual(
      expect.arrayContaining(['resolution_proposed (unread)', 'review_scheduled (unread)']),
    );
    // Samuel voted and read the pack: both read
    expect(await inbox('samuel@worldbank.example.org')).toEqual(
      expect.arrayContaining(['resolution_proposed', 'review_scheduled']),
    );
    // Amara: the members' blocked tasks and comments, the measurements to verify
    expect(await inbox('amara@gavi.example.org')).toEqual(
      expect.arrayContaining(['task_blocked', 'task_commented', 'verification_requested (unread)']),
    );
    // Moussa: one of his two proposals is scored, the other waits
    expect(await inbox('moussa@pasteur-dakar.example.org')).toEqual([
      'reviewer_assigned (unread)',
      'reviewer_assigned',
    ]);
    // nothing is emailed of the demo history
    expect(await count(`SELECT count(*) AS n FROM notification WHERE email_status IS NOT NULL`)).toBe(0);
  });

  it("gives the Vaccine Delivery Hub a cold-chain task force, led by UNICEF, whose tasks show in the hub's board", async () => {
    const [group] = await ds.query(
      `SELECT g.id, u.email AS lead,
              (SELECT count(*)::int FROM working_group_member gm WHERE gm.group_id = g.id) AS members,
              (SELECT count(*)::int FROM task t WHERE t.working_group_id = g.id) AS tasks,
              (SELECT count(*)::int FROM hub_event e WHERE e.entity_id = g.id AND e.type = 'group.created') AS events
         FROM working_group g JOIN hub h ON h.id = g.hub_id
         JOIN hub_member m ON m.id = g.lead_member_id JOIN "user" u ON u.id = m.user_id
        WHERE h.slug = 'vaccine-delivery-hub' AND g.name = 'Cold-chain task force'`,
    );
    expect(group).toMatchObject({ lead: 'kenji@unicef.example.org', members: 4, tasks: 3, events: 1 });
    // its price negotiation is the group's alone, and so are its events
    const [secret] = await ds.query(
      `SELECT t.visibility, (SELECT count(*)::int FROM hub_event e WHERE e.entity_id = t.id AND e.group_id IS NULL) AS open
         FROM task t WHERE t.title = 'Negotiate freezer price with supplier'`,
    );
    expect(secret).toEqual({ visibility: 'group', open: 0 });
  });

  it('gives every demo person the demo password', async () => {
    const logins = await seed.logins();
    expect(logins.filter((l) => l.role === null).map((l) => l.email)).toEqual([
      'tomas@example.org',
      'visitor@example.org',
    ]);
    expect(logins.filter((l) => l.role === 'platform admin').map((l) => l.email)).toEqual([
      'admin@hubspoke.example.org',
    ]);
    expect(logins.filter((l) => l.role === 'reviewer').map((l) => l.organization)).toEqual([
      'LSHTM',
      'Institut Pasteur de Dakar',
    ]);
    const hashes: { password_hash: string }[] = await ds.query(
      `SELECT DISTINCT password_hash FROM "user" WHERE email = ANY($1)`,
      [logins.map((l) => l.email)],
    );
    expect(hashes).toHaveLength(1);
    expect(await bcrypt.compare(DEMO_PASSWORD, hashes[0]!.password_hash)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await expect(seed.seedIfEmpty()).resolves.toEqual({ seeded: false });
    expect(await snapshot()).toEqual(before);
  });
});
