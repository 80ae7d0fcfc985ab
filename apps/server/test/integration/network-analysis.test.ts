import type {
  MemberNetworkRoleDto,
  NetworkGraphDto,
  NetworkInsightsDto,
  OrganizationNetworkDto,
  RelationshipKind,
  WhatIfResultDto,
} from '@hubspoke/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { AccessTokenService } from '../../src/modules/auth/access-token.service';
import { NetworkAnalysisService } from '../../src/modules/network/network-analysis.service';
import { NetworkChanges } from '../../src/modules/network/network-changes';
import { NetworkInputLoader } from '../../src/modules/network/network-input.loader';
import { NETWORK_QUEUE } from '../../src/modules/network/network-queue';
import { createTestApp, type TestContext, type TestOrg, type TestUser } from '../support/test-app';

describe('network analysis and map', () => {
  let ctx: TestContext;
  let analysis: NetworkAnalysisService;
  let viewer: TestUser;
  // two groups that only a public hub joins: a, b, c (SDG 3) declare ties; d, e (SDG 13) declare one; f has none
  const org: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'secret', TestOrg> = {} as never;

  const relate = (source: TestOrg, target: TestOrg, kind: RelationshipKind, weight = 1) =>
    ctx.ds.query(
      `INSERT INTO relationship (source_id, target_id, kind, weight, source) VALUES ($1, $2, $3, $4, 'test')`,
      [source.id, target.id, kind, weight],
    );
  const get = async <T>(path: string, user: TestUser = viewer): Promise<T> =>
    (await ctx.http.get(path).set(user.auth).expect(200)).body as T;
  /** The map's columns as one object per organization and per tie (its ends by id). */
  const getMap = async (path: string) => {
    const graph = await get<NetworkGraphDto>(path);
    const { id, name, metrics } = graph.nodes;
    const nodes = id.map((orgId, i) => ({
      id: orgId,
      name: name[i]!,
      metrics: metrics.degree[i] === null ? null : { degree: metrics.degree[i]!, betweenness: metrics.betweenness[i]! },
    }));
    const { source, target, kinds, weight, kindSets } = graph.edges;
    const edges = source.map((s, i) => ({
      source: id[s]!,
      target: id[target[i]!]!,
      kinds: kindSets[kinds[i]!]!,
      weight: weight[i]!,
    }));
    return { ...graph, nodes, edges };
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    analysis = new NetworkAnalysisService(ctx.ds, new NetworkInputLoader(ctx.ds));
    viewer = await ctx.newUser();
    await ctx.ds.query('DELETE FROM hub_member; DELETE FROM organization');
    for (const [key, sdgs] of [
      ['a', [3]],
      ['b', [3]],
      ['c', [3, 13]],
      ['d', [13]],
      ['e', [13]],
      ['f', [3]],
      ['secret', [13]],
    ] as const) {
      org[key] = await ctx.newOrg({ name: `Org ${key}`, sdgs: [...sdgs] });
    }
    // the others are Kenyan NGOs
    await ctx.ds.query(`UPDATE organization SET sector = 'government', country = 'FR' WHERE id = $1`, [org.d.id]);
    await relate(org.a, org.b, 'funds', 2);
    await relate(org.b, org.c, 'partners_with');
    await relate(org.c, org.b, 'board_seat');
    await relate(org.d, org.e, 'member_of');
    // a public hub joins c and d; a private hub joins d and "secret", which must stay invisible
    const open = await ctx.newHub({ visibility: 'public', ownerOrg: org.c, name: 'Open hub' });
    await ctx.newMember(open, 'member', { org: org.d });
    const closed = await ctx.newHub({ visibility: 'private', ownerOrg: org.d, name: 'Closed hub' });
    await ctx.newMember(closed, 'member', { org: org.secret });
  });
  afterAll(() => ctx.close());

  it('answers the map before any analysis, without metrics', async () => {
    const graph = await getMap('/api/network');
    expect(graph.analyzedAt).toBeNull();
    expect(graph.nodes.every((n) => n.metrics === null)).toBe(true);
  });

  it('analyses once, and skips an unchanged network', async () => {
    expect(await analysis.analyze()).toMatchObject({ analyzed: true, organizations: 7 });
    expect(await analysis.analyze()).toEqual({ analyzed: false });
  });

  it('maps declared ties and public co-membership, merged per pair, and nothing of private hubs', async () => {
    const graph = await getMap('/api/network');
    const edge = (x: TestOrg, y: TestOrg) =>
      graph.edges.find((e) => [e.source, e.target].sort().join() === [x.id, y.id].sort().join());
    expect(edge(org.b, org.c)).toMatchObject({ kinds: ['board_seat', 'partners_with'], weight: 2 });
    expect(edge(org.a, org.b)).toMatchObject({ kinds: ['funds'], weight: 2 });
    expect(edge(org.c, org.d)).toMatchObject({ kinds: ['co_member'], weight: 1 });
    expect(edge(org.d, org.secret)).toBeUndefined();
    expect(graph.edges).toHaveLength(4);
    const metrics = Object.fromEntries(graph.nodes.map((n) => [n.name, n.metrics]));
    expect(metrics['Org f']).toMatchObject({ degree: 0, betweenness: 0 });
    expect(metrics['Org secret']).toMatchObject({ degree: 0 });
    // c bridges the SDG-3 side and the SDG-13 side: the highest betweenness
    const top = graph.nodes.reduce((best, n) => (n.metrics!.betweenness > best.metrics!.betweenness ? n : best));
    expect(top.id).toBe(org.c.id);
    expect(graph.summary).toMatchObject({ organizations: 7, edges: 4 });
  });

  it('sends the map as columns: each kind combination once, ties by the index of their ends', async () => {
    const graph = await get<NetworkGraphDto>('/api/network');
    expect(graph.edges.kindSets).toHaveLength(new Set(graph.edges.kindSets.map(String)).size);
    for (const column of [graph.nodes.name, graph.nodes.sector, graph.nodes.metrics.pagerank]) {
      expect(column).toHaveLength(graph.nodes.id.length);
    }
    for (const column of [graph.edges.target, graph.edges.kinds, graph.edges.weight]) {
      expect(column).toHaveLength(graph.edges.source.length);
    }
    expect([...graph.edges.source, ...graph.edges.target].every((i) => i >= 0 && i < graph.nodes.id.length)).toBe(true);
  });

  it('scopes the map to one SDG, and filters by sector and country', async () => {
    const graph = await get<NetworkGraphDto>('/api/network?sdg=13');
    expect([...graph.nodes.name].sort()).toEqual(['Org c', 'Org d', 'Org e', 'Org secret']);
    expect(graph.summary?.organizations).toBe(4);
    expect((await get<NetworkGraphDto>('/api/network?country=JP')).nodes.id).toEqual([]);
    await ctx.http.get('/api/network?sdg=18').set(viewer.auth).expect(400);
  });

  it('shows anyone, signed in or not, the same map, insights and organizations: nothing of private hubs', async () => {
    for (const path of [
      '/api/network',
      '/api/network?sdg=13',
      '/api/network/insights',
      `/api/network/organizations/${org.d.id}`,
    ]) {
      const anonymous = await ctx.http.get(path).expect(200);
      expect(anonymous.body).toEqual(await get(path));
      expect(anonymous.text).not.toContain('Closed hub');
    }
    const map = await ctx.http.get('/api/network').expect(200);
    const { id } = map.body.nodes;
    const tie = (x: TestOrg, y: TestOrg) =>
      map.body.edges.source.some(
        (s: number, i: number) => [id[s], id[map.body.edges.target[i]]].sort().join() === [x.id, y.id].sort().join(),
      );
    expect(tie(org.c, org.d)).toBe(true);
    expect(tie(org.d, org.secret)).toBe(false);
  });

  it("lists the sectors and countries of the SDG's organizations for the filters, whatever the filters", async () => {
    const sdg13 = { sectors: ['government', 'ngo'], countries: ['FR', 'KE'] };
    expect((await get<NetworkGraphDto>('/api/network?sdg=13')).facets).toEqual(sdg13);
    const filtered = await get<NetworkGraphDto>('/api/network?sdg=13&sector=government');
    expect(filtered.nodes.name).toEqual(['Org d']);
    expect(filtered.facets).toEqual(sdg13);
    expect((await get<NetworkGraphDto>('/api/network?sdg=3')).facets).toEqual({ sectors: ['ngo'], countries: ['KE'] });
    expect((await get<NetworkGraphDto>('/api/network?sdg=1')).facets).toEqual({ sectors: [], countries: [] });
  });

  it('explains hub candidates and lists isolates', async () => {
    const insights = await get<NetworkInsightsDto>('/api/network/insights?sdg=3');
    expect(insights.candidates.length).toBeGreaterThan(0);
    for (const c of insights.candidates) {
      expect(c.parts.reduce((sum, p) => sum + p.contribution, 0)).toBeCloseTo(c.score, 4);
    }
    expect(insights.isolates.map((o) => o.name)).toEqual(['Org f']);
  });

  it("shows an organization's ties and hubs, with private hubs only to their members", async () => {
    const of = await get<OrganizationNetworkDto>(`/api/network/organizations/${org.d.id}`);
    expect(of.ties.map((t) => [t.organization.name, t.kinds, t.sharedHubs])).toEqual([
      ['Org c', ['co_member'], 1],
      ['Org e', ['member_of'], 0],
    ]);
    expect(of.ties[1]!.declared).toEqual([
      { kind: 'member_of', direction: 'out', weight: 1, since: null, source: 'test' },
    ]);
    expect(of.hubs.map((h) => h.name)).toEqual(['Open hub']);
    expect(of.metrics.map((m) => m.sdg)).toEqual([null, 13]);
    await ctx.http.get(`/api/network/organizations/${viewer.id}`).set(viewer.auth).expect(404);
  });

  it('what-if: a hub joining the two groups raises reach and connects pairs', async () => {
    const res = await ctx.http
      .post('/api/network/what-if')
      .set(viewer.auth)
      .send({ memberIds: [org.a.id, org.f.id] })
      .expect(200);
    const result = res.body as WhatIfResultDto;
    expect(result.members.map((m) => m.name).sort()).toEqual(['Org a', 'Org f']);
    expect(result.after.connectedPairShare).toBeGreaterThan(result.before.connectedPairShare);
    expect(result.reach.within1.count).toBe(3); // a, f and b
    await ctx.http.post('/api/network/what-if').set(viewer.auth).send({ memberIds: [] }).expect(400);
  });

  it("sets a hub's members' centrality against their share of the hub's recent work", async () => {
    const [hubRow] = await ctx.ds.query(`SELECT hub_id FROM hub_member WHERE organization_id = $1 LIMIT 1`, [org.c.id]);
    const [owner] = await ctx.ds.query(
      `SELECT u.id, u.email FROM hub_member m JOIN "user" u ON u.id = m.user_id WHERE m.hub_id = $1 AND m.role = 'secretariat'`,
      [hubRow.hub_id],
    );
    await ctx.ds.query(
      `INSERT INTO task (hub_id, title, status, priority, created_by_organization_id, assignee_organization_id, completed_at, position)
       VALUES ($1, 'Done by d', 'done', 'low', $2, $2, now(), 1)`,
      [hubRow.hub_id, org.d.id],
    );
    const token = ctx.app.get(AccessTokenService).sign({ id: owner.id, email: owner.email, emailVerified: true });
    const res = await ctx.http
      .get(`/api/network/hubs/${hubRow.hub_id}/members`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    const byName = Object.fromEntries(res.body.map((m: MemberNetworkRoleDto) => [m.organization.name, m]));
    expect(byName['Org d'].contribution).toMatchObject({ tasksCompleted: 1, share: 1 });
    expect(byName['Org c'].contribution.share).toBe(0);
    // c is the network's broker and did nothing here
    expect(byName['Org c'].flags).toContain('well_connected_idle');
    await ctx.http.get(`/api/network/hubs/${hubRow.hub_id}/members`).set(viewer.auth).expect(404);
  });

  it('re-analyses after a change, and announces the change with one debounced job', async () => {
    await relate(org.e, org.f, 'partners_with');
    expect(await analysis.analyze()).toMatchObject({ analyzed: true });
    const queue = ctx.app.get<Queue>(getQueueToken(NETWORK_QUEUE));
    const changes = ctx.app.get(NetworkChanges);
    await queue.upsertJobScheduler('periodic', { every: 600_000 }, { name: 'analyze', data: {} });
    expect(await changes.pending()).toBe(false);
    const now = Date.now();
    await changes.touch(now);
    await changes.touch(now + 1);
    const announced = (await queue.getJobs(['delayed', 'waiting'])).filter((job) => !job.repeatJobKey);
    expect(announced).toHaveLength(1);
    expect(await changes.pending()).toBe(true);
    await queue.obliterate({ force: true });
  });
});
