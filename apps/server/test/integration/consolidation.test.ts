import type { ConsolidationDto, ConsolidationTargetDto, HubPairDto, NetworkHubLayerDto } from '@hubspoke/contracts';
import { unique } from '../support/factories';
import { createTestApp, type TestContext, type TestHub, type TestOrg } from '../support/test-app';

describe('consolidation per SDG target', () => {
  let ctx: TestContext;
  let alpha: TestHub;
  let beta: TestHub;
  let gamma: TestHub;
  let hidden: TestHub;
  let shared: TestOrg[];
  const tag = unique();

  beforeAll(async () => {
    ctx = await createTestApp();
    const org = (name: string, sector: 'ngo' | 'research' | 'government', country: string) =>
      ctx.newOrg({ name: `${name} ${tag}`, sector, country });
    shared = [
      await org('Shared one', 'ngo', 'KE'),
      await org('Shared two', 'ngo', 'KE'),
      await org('Shared three', 'research', 'GB'),
    ];
    const [s1, s2, s3] = shared as [TestOrg, TestOrg, TestOrg];
    const hubOf = async (name: string, visibility: 'public' | 'private', orgs: TestOrg[], targets = ['14.c']) => {
      const hub = await ctx.newHub({
        name: `${name} ${tag}`,
        visibility,
        sdgs: [14],
        sdgTargets: targets,
        ownerOrg: orgs[0],
      });
      for (const o of orgs.slice(1)) await ctx.newMember(hub, 'member', { org: o });
      return hub;
    };
    // alpha {s1, s2, s3, a}; beta {s1, s2, b}: 2 of 5 shared, not linked → federate
    alpha = await hubOf('Alpha', 'public', [s1, s2, s3, await org('Alpha own', 'government', 'FR')]);
    beta = await hubOf('Beta', 'public', [s1, s2, await org('Beta own', 'research', 'BR')]);
    // gamma {s1, c} is alpha's member spoke: 1 of 5 shared with alpha, linked; 1 of 4 with beta → federate
    gamma = await hubOf('Gamma', 'public', [s1, await org('Gamma own', 'ngo', 'KE')]);
    await ctx.ds.query(
      `INSERT INTO hub_link (parent_hub_id, child_hub_id, status, requested_by_hub_id, decided_at)
       VALUES ($1, $2, 'active', $2, '2026-03-01T00:00:00Z')`,
      [alpha.id, gamma.id],
    );
    // a private twin of alpha, and an archived public one: neither may appear nor count
    hidden = await hubOf('Hidden', 'private', [s1, s2, s3, await org('Hidden own', 'ngo', 'US')]);
    const archived = await hubOf('Archived', 'public', [s1, s2, s3]);
    await ctx.ds.query(`UPDATE hub SET archived_at = now() WHERE id = $1`, [archived.id]);
    // members who left or are only invited do not count
    const gone = await org('Gone', 'ngo', 'KE');
    await ctx.ds.query(
      `INSERT INTO hub_member (hub_id, organization_id, role, status) VALUES ($1, $3, 'member', 'removed'),
              ($2, $3, 'member', 'removed'), ($1, $4, 'member', 'invited'), ($2, $4, 'member', 'invited')`,
      [alpha.id, beta.id, gone.id, (await org('Invited', 'ngo', 'KE')).id],
    );
    await ctx.ds.query(
      `INSERT INTO hub_rating (hub_id, sdg, score, goals, components, computed_at)
       VALUES ($1, 0, 62.5, 3, '[]', now()), ($1, 14, 55, 2, '[]', now()), ($2, 0, 48, 2, '[]', now())`,
      [alpha.id, beta.id],
    );
    // one public and one private hub on 14.b: no crowding there
    await hubOf('Lonely', 'public', [s1], ['14.b']);
    await hubOf('Lonely twin', 'private', [s1], ['14.b']);
  });
  afterAll(() => ctx.close());

  const pairOf = (view: ConsolidationDto, a: TestHub, b: TestHub): HubPairDto | undefined =>
    view.pairs.find((p) => p.hubIds.includes(a.id) && p.hubIds.includes(b.id));

  it('answers the public hubs on the target with their ratings, and no trace of private or archived hubs', async () => {
    const res = await ctx.http.get('/api/sdg/targets/14.c/consolidation');
    expect(res.status).toBe(200);
    const view = res.body as ConsolidationDto;
    expect(view.target).toMatchObject({ code: '14.c', goalCode: '14' });
    expect(view.rule).toMatch(/at least a fifth \(20%\)/);
    expect(view.hubs).toEqual([
      { id: alpha.id, slug: alpha.slug, name: alpha.name, organizations: 4, rating: 62.5, sdgRating: 55 },
      { id: beta.id, slug: beta.slug, name: beta.name, organizations: 3, rating: 48, sdgRating: null },
      { id: gamma.id, slug: gamma.slug, name: gamma.name, organizations: 2, rating: null, sdgRating: null },
    ]);
    expect(res.text).not.toContain(hidden.id);
    expect(res.text).not.toContain('Hidden');
    expect(res.text).not.toContain('Archived');
    expect(res.text).not.toContain('Gone');
  });

  it('gives each pair its shared organizations, exact overlap, links and candidate', async () => {
    const view = (await ctx.http.get('/api/sdg/targets/14.c/consolidation')).body as ConsolidationDto;
    expect(view.pairs).toHaveLength(3);
    expect(view.pairsLeftOut).toBe(0);
    const ab = pairOf(view, alpha, beta)!;
    expect(ab).toMatchObject({ hubIds: [alpha.id, beta.id], union: 5, jaccard: 0.4, links: [] });
    expect(ab.shared.map((o) => o.id).sort()).toEqual([shared[0]!.id, shared[1]!.id].sort());
    expect(ab.complements).toEqual([
      { hubId: alpha.id, sectors: ['government'], countries: ['FR', 'GB'] },
      { hubId: beta.id, sectors: [], countries: ['BR'] },
    ]);
    expect(ab.candidate!.kind).toBe('federate');
    expect(ab.candidate!.reasons[0]).toBe('They share 2 of the 5 organizations in either hub (40%).');
    expect(ab.candidate!.reasons.at(-1)).toBe(`${alpha.name} is rated 62.5/100; ${beta.name} is rated 48/100.`);

    const ag = pairOf(view, alpha, gamma)!;
    expect(ag).toMatchObject({ union: 5, jaccard: 0.2, candidate: null });
    expect(ag.links).toEqual([{ parentHubId: alpha.id, childHubId: gamma.id, since: '2026-03-01T00:00:00.000Z' }]);

    const bg = pairOf(view, beta, gamma)!;
    expect(bg).toMatchObject({ union: 4, jaccard: 0.25, links: [] });
    expect(bg.candidate!.kind).toBe('federate');
    expect(view.pairs.map((p) => p.jaccard)).toEqual([0.4, 0.25, 0.2]);
  });

  it('lists the targets with two or more public hubs, counting only public ones', async () => {
    const res = await ctx.http.get('/api/sdg/consolidation');
    expect(res.status).toBe(200);
    const targets = res.body as ConsolidationTargetDto[];
    expect(targets.find((t) => t.code === '14.c')).toEqual({
      code: '14.c',
      title: expect.stringMatching(/oceans/),
      goalCode: '14',
      hubs: 3,
      overlappingPairs: 3,
    });
    expect(targets.find((t) => t.code === '14.b')).toBeUndefined();
  });

  it("gives the network map's hub layer: public hubs of the SDG with their organizations, and their links", async () => {
    const res = await ctx.http.get('/api/network/hubs?sdg=14');
    expect(res.status).toBe(200);
    const layer = res.body as NetworkHubLayerDto;
    const ours = layer.hubs.filter((h) => h.name.endsWith(tag));
    expect(ours.map((h) => [h.name, h.organizationIds.length])).toEqual([
      [alpha.name, 4],
      [beta.name, 3],
      [gamma.name, 2],
      [`Lonely ${tag}`, 1],
    ]);
    expect(layer.links).toEqual([{ parentHubId: alpha.id, childHubId: gamma.id }]);
    expect(res.text).not.toContain(hidden.id);
    const other = (await ctx.http.get('/api/network/hubs?sdg=3')).body as NetworkHubLayerDto;
    expect(other.hubs.filter((h) => h.name.endsWith(tag))).toEqual([]);
  });

  it('answers a target with no public hub empty, an unknown one 404 and a malformed one 400', async () => {
    const empty = await ctx.http.get('/api/sdg/targets/14.a/consolidation');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ hubs: [], pairs: [] });
    const unknown = await ctx.http.get('/api/sdg/targets/14.z/consolidation');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'SDG target not found' });
    for (const bad of ['14', 'abc', '14.C', "14.c'--"]) {
      const res = await ctx.http.get(`/api/sdg/targets/${encodeURIComponent(bad)}/consolidation`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', details: { code: expect.any(Array) } });
    }
  });
});
