import type { PublicGoalDto, PublicHubPageDto, PublicMeasurementDto } from '@hubspoke/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPublicHubFixture, type PublicHubFixture } from '../support/public-hub-fixture';
import { createTestApp, type TestContext, type TestUser } from '../support/test-app';

/** A public hub's page, and the routes of the hub that answer anyone: public fields only, nothing of a private hub. */
describe('public hub pages', () => {
  let ctx: TestContext;
  let open: PublicHubFixture;
  let closed: PublicHubFixture;
  let stranger: TestUser;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'hubspoke-web-'));
    writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><html><head>\n<meta name="description" content="The app" />\n<title>Hubspoke</title>\n</head><body></body></html>',
    );
    ctx = await createTestApp({ WEB_DIST: webDist, PUBLIC_URL: 'https://hubspoke.example.org' });
    open = await createPublicHubFixture(ctx, 'public');
    closed = await createPublicHubFixture(ctx, 'private');
    stranger = await ctx.newUser();
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  /** Every route the public page and the hub's public view answer on. */
  const publicPaths = (fx: PublicHubFixture, hubId = fx.hub.id) => [
    `/api/public/hubs/${hubId}`,
    `/api/hubs/${hubId}`,
    `/api/hubs/${hubId}/goals`,
    `/api/hubs/${hubId}/goals/${fx.indicatorGoalId}`,
    `/api/hubs/${hubId}/goals/${fx.indicatorGoalId}/measurements`,
  ];

  it('shows a public hub to anyone, by slug and by id: goals, indicators, verified progress, board, rating, decisions', async () => {
    const page = (await ctx.http.get(`/api/public/hubs/${open.hub.slug}`).expect(200)).body as PublicHubPageDto;
    expect(page.hub).toMatchObject({
      id: open.hub.id,
      name: open.hub.name,
      sdgs: [3],
      sdgTargets: [{ code: '3.b', title: expect.stringMatching(/vaccines and medicines/) }],
    });
    const goal = page.goals.find((g) => g.id === open.indicatorGoalId)!;
    expect(goal).toMatchObject({
      title: open.shown.goalTitle,
      indicator: { code: '3.b.1', title: expect.stringMatching(/^Proportion of the target population covered/) },
      baseline: 10,
      target: 90,
      latestValue: 50,
      progress: 50,
      trend: [{ observedAt: '2026-01-15T00:00:00.000Z', value: 50 }],
      ownerOrganization: { id: open.member.org.id, name: open.member.org.name },
    });
    expect(page.goals.find((g) => g.id === open.metricGoalId)?.metric?.name).toBe(open.shown.metricName);
    expect(page.members.map((s) => s.sector)).toEqual(['intergovernmental', 'philanthropy', 'ngo']);
    expect(page.board).toMatchObject({
      seats: [{ title: open.shown.seatTitle, constituency: 'private', organization: { name: open.board.org.name } }],
      byConstituency: { public: 0, private: 1, civic: 0, hub: 0 },
    });
    expect(page.resolutions).toEqual([
      expect.objectContaining({
        title: open.shown.resolutionTitle,
        status: 'passed',
        tally: { seats: 1, voted: 1, for: 1, against: 0, abstain: 0 },
      }),
    ]);
    expect(page.ratings[0]).toMatchObject({ sdg: null, components: expect.arrayContaining([expect.anything()]) });
    expect(page.ratings[0]!.components.every((c) => c.explanation.length > 0)).toBe(true);
    expect(page.recentMeasurements.map((m) => [m.id, m.value, m.reportedByOrganization.id])).toEqual([
      [open.verifiedMeasurementId, 50, open.hub.ownerOrg.id],
    ]);

    const byId = await ctx.http.get(`/api/public/hubs/${open.hub.id}`).expect(200);
    const asMember = await ctx.http.get(`/api/public/hubs/${open.hub.slug}`).set(open.member.user.auth).expect(200);
    expect(byId.body).toEqual(page);
    expect(asMember.body).toEqual(page);
  });

  it('holds nothing but public fields: no people, pending numbers, notes, tasks, invitations or open votes', async () => {
    // the marks are real: the hub's members see them
    const memberView = await Promise.all(
      ['members', 'tasks', 'invitations', 'resolutions', `goals/${open.indicatorGoalId}/measurements`].map(
        async (path) => (await ctx.http.get(`/api/hubs/${open.hub.id}/${path}`).set(open.hub.owner.auth)).text,
      ),
    );
    for (const mark of open.hidden) expect(memberView.join()).toContain(mark);

    for (const path of publicPaths(open)) {
      for (const caller of [undefined, stranger]) {
        const req = ctx.http.get(path);
        const res = await (caller ? req.set(caller.auth) : req).expect(200);
        for (const mark of open.hidden) expect(`${path}: ${res.text}`).not.toContain(mark);
      }
    }
  });

  it('answers the hub, its goals and verified measurements in their public shape to anyone but a member', async () => {
    const goals = (await ctx.http.get(`/api/hubs/${open.hub.id}/goals`).expect(200)).body.items as PublicGoalDto[];
    expect(goals.map((g) => g.title)).toContain(open.shown.goalTitle);
    expect(goals[0]).not.toHaveProperty('pendingVerificationCount');
    const measurements = (
      await ctx.http.get(`/api/hubs/${open.hub.id}/goals/${open.indicatorGoalId}/measurements`).expect(200)
    ).body.items as PublicMeasurementDto[];
    expect(measurements.map((m) => m.id)).toEqual([open.verifiedMeasurementId]);
    expect((await ctx.http.get(`/api/hubs/${open.hub.id}`).expect(200)).body).toMatchObject({ public: true });

    const asMember = await ctx.http.get(`/api/hubs/${open.hub.id}/goals`).set(open.member.user.auth).expect(200);
    expect(asMember.body.items[0]).toHaveProperty('pendingVerificationCount');
    const memberMeasurements = await ctx.http
      .get(`/api/hubs/${open.hub.id}/goals/${open.indicatorGoalId}/measurements`)
      .set(open.member.user.auth)
      .expect(200);
    expect(memberMeasurements.body.items).toHaveLength(2);
  });

  it('answers 404 for a private hub exactly as for a hub that does not exist, and leaks nothing of it', async () => {
    const unknown = randomUUID();
    for (const [path, unknownPath] of publicPaths(closed).map((p, i) => [p, publicPaths(closed, unknown)[i]!])) {
      const missing = await ctx.http.get(unknownPath!).expect(404);
      for (const caller of [undefined, stranger, open.member.user]) {
        const req = ctx.http.get(path!);
        const res = await (caller ? req.set(caller.auth) : req).expect(404);
        expect(res.body).toEqual(missing.body);
        expect(res.headers['cache-control'] ?? '').not.toMatch(/public/);
        for (const mark of [closed.hub.name, closed.shown.goalTitle, ...closed.hidden]) {
          expect(res.text).not.toContain(mark);
        }
      }
    }
    await ctx.http.get(`/api/public/hubs/${closed.hub.slug}`).expect(404);
    await ctx.http.get(`/api/public/hubs/${closed.hub.slug}`).set(closed.hub.owner.auth).expect(404);
    await ctx.http.get('/api/public/hubs/no-such-hub').expect(404);
    await ctx.http.get(`/api/public/hubs/${encodeURIComponent("x' OR '1'='1")}`).expect(404);
  });

  describe('caching', () => {
    const PUBLIC = 'public, max-age=60, stale-while-revalidate=300';

    it('gives anonymous answers an ETag and public Cache-Control, and answers a repeat with 304 and no body', async () => {
      for (const path of publicPaths(open)) {
        const first = await ctx.http.get(path).expect(200);
        expect(first.headers).toMatchObject({ 'cache-control': PUBLIC, vary: expect.stringMatching(/Authorization/) });
        expect(first.headers.etag).toMatch(/^W\/"/);
        const repeat = await ctx.http.get(path).set('If-None-Match', first.headers.etag!).expect(304);
        expect(repeat.text ?? '').toBe('');
        expect(repeat.headers.etag).toBe(first.headers.etag);
      }
    });

    it('never lets a shared cache keep an answer that depends on who asks', async () => {
      for (const caller of [stranger, open.member.user]) {
        const hub = await ctx.http.get(`/api/hubs/${open.hub.id}`).set(caller.auth).expect(200);
        expect(hub.headers['cache-control']).toBe('private, no-cache');
        expect(hub.headers.vary).toMatch(/Authorization/);
      }
      const page = await ctx.http.get(`/api/public/hubs/${open.hub.id}`).set(open.member.user.auth).expect(200);
      expect(page.headers['cache-control']).toBe(PUBLIC);
    });

    it('changes the ETag when anything shown changes: a verified measurement, a rating, an organization', async () => {
      const path = `/api/public/hubs/${open.hub.id}`;
      const etag = async () => (await ctx.http.get(path).expect(200)).headers.etag!;
      const tags = [await etag()];
      await ctx.http
        .post(`/api/hubs/${open.hub.id}/measurements/${open.pendingMeasurementId}/verify`)
        .set(open.hub.owner.auth)
        .expect(200);
      tags.push(await etag());
      await ctx.ds.query(`UPDATE hub_rating SET computed_at = now() WHERE hub_id = $1`, [open.hub.id]);
      tags.push(await etag());
      await ctx.ds.query(`UPDATE organization SET name = name || ' (renamed)', updated_at = now() WHERE id = $1`, [
        open.board.org.id,
      ]);
      tags.push(await etag());
      expect(new Set(tags).size).toBe(4);
      await ctx.http.get(path).set('If-None-Match', tags[0]!).expect(200);
      await ctx.http.get(path).set('If-None-Match', tags[3]!).expect(304);
    });

    it('keeps no version while a change of the hub awaits its seq', async () => {
      const path = `/api/public/hubs/${open.hub.id}`;
      const numbered = (await ctx.http.get(path).expect(200)).headers.etag!;
      const [event] = await ctx.ds.query(
        `INSERT INTO hub_event (hub_id, type, entity_id, payload) VALUES ($1, 'hub.updated', $1, '{}') RETURNING id`,
        [open.hub.id],
      );
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a version read serves repeats for a second
      const waiting = await ctx.http.get(path).set('If-None-Match', numbered).expect(200);
      expect(waiting.headers.etag).not.toBe(numbered);
      // as the sequencer does (number_hub_events)
      await ctx.ds.query(`UPDATE hub_event SET seq = (SELECT last_seq + 1 FROM hub WHERE id = $1) WHERE id = $2`, [
        open.hub.id,
        event.id,
      ]);
      await ctx.ds.query(`UPDATE hub SET last_seq = last_seq + 1 WHERE id = $1`, [open.hub.id]);
      const after = (await ctx.http.get(path).expect(200)).headers.etag!;
      expect(after).not.toBe(numbered);
      await ctx.http.get(path).set('If-None-Match', after).expect(304);
    });
  });

  describe('link previews', () => {
    it("serves the page at /h/{slug} with the hub's name and mission as escaped OpenGraph tags", async () => {
      const name = `Clean <Air> & "Water" ${open.hub.slug}`;
      await ctx.ds.query(`UPDATE hub SET name = $2, mission = $3 WHERE id = $1`, [
        open.hub.id,
        name,
        `Breathe <script>alert(1)</script> ${'freely '.repeat(40)}`,
      ]);
      for (const address of [`/h/${open.hub.slug}`, `/h/${open.hub.id}`]) {
        const res = await ctx.http.get(address).expect(200).expect('content-type', /html/);
        expect(res.text).toContain(`<meta property="og:title" content="Clean &lt;Air&gt; &amp; &quot;Water&quot;`);
        expect(res.text).toContain(`<meta property="og:url" content="https://hubspoke.example.org/h/${open.hub.slug}"`);
        expect(res.text).toMatch(/<meta property="og:description" content="Breathe &lt;script&gt;[^"]{100,200}…"/);
        expect(res.text).not.toContain('<script>alert');
        expect(res.text.match(/<title>/g)).toHaveLength(1);
        expect(res.text.match(/name="description"/g)).toHaveLength(1);
      }
    });

    it('answers 404 with the app (its not-found page) for a private or unknown hub, and tells nothing of it', async () => {
      for (const address of [`/h/${closed.hub.slug}`, `/h/${closed.hub.id}`, '/h/no-such-hub', '/h/%E0%A4%A']) {
        const res = await ctx.http.get(address).expect(404).expect('content-type', /html/);
        expect(res.text).not.toContain('og:');
        expect(res.text).not.toContain(closed.hub.name);
      }
    });
  });
});
