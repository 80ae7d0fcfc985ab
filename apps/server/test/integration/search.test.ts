import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';
import { unique } from '../support/factories';
import { prefixQuery, searchQueries } from '../../src/modules/search/search.queries';

describe('search', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let member: TestMember;
  let stranger: TestUser;
  let secret: TestHub;
  let open: TestHub;
  /** A word no other test file's data holds, so each search finds only this file's rows. */
  const word = `zebra${unique()}`;

  const insertTask = async (hubId: string, title: string): Promise<string> => {
    const [row] = await ctx.ds.query(`INSERT INTO task (hub_id, title) VALUES ($1, $2) RETURNING id`, [hubId, title]);
    return row.id;
  };
  const insertGoal = async (hubId: string, title: string, ownerOrgId: string): Promise<string> => {
    const [row] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
       VALUES ($1, $2, '%', 0, 100, 'increase', '2026-01-01', '2030-12-31', $3) RETURNING id`,
      [hubId, title, ownerOrgId],
    );
    return row.id;
  };
  const search = (as: TestUser, q: string, extra = '') =>
    ctx.http.get(`/api/search?q=${encodeURIComponent(q)}${extra}`).set(as.auth);

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub({ name: `Cold chain ${word} hub` });
    member = await ctx.newMember(hub, 'member');
    stranger = (await ctx.newHub()).owner;
    secret = await ctx.newHub({ name: `Secret ${word} hub` });
    open = await ctx.newHub({ name: `Open ${word} hub`, visibility: 'public' });
  });
  afterAll(() => ctx.close());

  it('finds a task and a goal of my hub by a word of the title, with their hub', async () => {
    const taskId = await insertTask(hub.id, `Ship the ${word} freezers to Mombasa`);
    const goalId = await insertGoal(hub.id, `Freezers ${word} delivered`, member.org.id);
    const res = await search(member.user, word);
    expect(res.status).toBe(200);
    expect(res.body.tasks).toContainEqual({
      id: taskId,
      hubId: hub.id,
      hubName: hub.name,
      title: `Ship the ${word} freezers to Mombasa`,
      status: 'todo',
    });
    expect(res.body.goals).toContainEqual({
      id: goalId,
      hubId: hub.id,
      hubName: hub.name,
      title: `Freezers ${word} delivered`,
    });
    expect(res.body.hubs).toContainEqual({ id: hub.id, slug: hub.slug, name: hub.name, member: true });
  });

  it('never shows a private hub, its tasks, goals or people to a non-member; a public hub only by its name', async () => {
    const secretPerson = await ctx.newMember(secret, 'member');
    await ctx.ds.query(`UPDATE "user" SET name = $1 WHERE id = $2`, [`Agent ${word}`, secretPerson.user.id]);
    const secretTask = await insertTask(secret.id, `Secret ${word} task`);
    const secretGoal = await insertGoal(secret.id, `Secret ${word} goal`, secret.ownerOrg.id);
    const openTask = await insertTask(open.id, `Open ${word} task`);

    const res = await search(stranger, word);
    expect(res.status).toBe(200);
    for (const leaked of [secret.id, secretTask, secretGoal, secretPerson.user.id, openTask, hub.id]) {
      expect(res.text).not.toContain(leaked);
    }
    expect(res.body.hubs).toEqual([{ id: open.id, slug: open.slug, name: open.name, member: false }]);
    expect(res.body.tasks).toEqual([]);
    expect(res.body.goals).toEqual([]);
    expect(res.body.people).toEqual([]);

    // the same items reach a member of the private hub
    const insider = await search(secret.owner, word);
    expect(insider.body.tasks.map((t: { id: string }) => t.id)).toEqual([secretTask]);
    expect(insider.body.people).toContainEqual({ id: secretPerson.user.id, name: `Agent ${word}` });

    // a removed member sees nothing of the hub any more
    await ctx.ds.query(`UPDATE hub_member SET status = 'removed' WHERE hub_id = $1 AND user_id = $2`, [
      secret.id,
      secretPerson.user.id,
    ]);
    const removed = await search(secretPerson.user, word);
    expect(removed.text).not.toContain(secretTask);
    expect(removed.text).not.toContain(secret.id);
  });

  it('finds organizations, public records, by name or short name', async () => {
    const org = await ctx.newOrg({ name: `Institute ${word}` });
    await ctx.ds.query(`UPDATE organization SET short_name = $1 WHERE id = $2`, [`IZ${word}`.slice(0, 20), org.id]);
    const byName = await search(stranger, `Institute ${word}`);
    expect(byName.body.organizations[0]).toEqual({ id: org.id, name: org.name, country: expect.anything() });
    const byShortName = await search(stranger, `IZ${word}`.slice(0, 20));
    expect(byShortName.body.organizations.map((o: { id: string }) => o.id)).toContain(org.id);
  });

  it('finds by the start of words, ranks the closest title first and keeps to the limit per kind', async () => {
    const tag = `quokka${unique()}`;
    for (let i = 0; i < 8; i++) await insertTask(hub.id, `Routine ${tag} check of the cold room number ${i}`);
    const exact = await insertTask(hub.id, `${tag} check`);
    const res = await search(member.user, `${tag} check`, '&limit=3');
    expect(res.body.tasks).toHaveLength(3);
    expect(res.body.tasks[0].id).toBe(exact);
    // the start of a word is enough, in any case, and every word must be there
    expect(
      (await search(member.user, `${tag.slice(0, 9).toUpperCase()} CHE`)).body.tasks.map((t: { id: string }) => t.id),
    ).toContain(exact);
    expect((await search(member.user, `${tag} nowhere`)).body.tasks).toEqual([]);
    // the user's operators are text, not query syntax
    expect((await search(member.user, `${tag} | ! & :* (`)).status).toBe(200);
  });

  it('refuses a missing, too short, too long or blank text and a bad limit with 400', async () => {
    for (const path of [
      '/api/search',
      '/api/search?q=',
      '/api/search?q=a',
      `/api/search?q=${'x'.repeat(101)}`,
      '/api/search?q=%20%20%20',
      '/api/search?q=ab&limit=0',
      '/api/search?q=ab&limit=21',
      '/api/search?q=ab&limit=many',
      '/api/search?q=a&q=b',
      '/api/search?q=%25%25%20!!',
      '/api/search?q=ab%00',
    ]) {
      const res = await ctx.http.get(path).set(member.user.auth);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body).toMatchObject({ statusCode: 400, error: expect.any(String), message: expect.any(String) });
    }
    expect((await ctx.http.get('/api/search?q=ab')).status).toBe(401);
  });

  it('answers fast in a hub of 10,000 tasks, through the full-text index', async () => {
    const big = await ctx.newHub();
    await ctx.ds.query(
      `INSERT INTO task (hub_id, title, status)
       SELECT $1, 'Task ' || i || ' ' || md5(i::text), 'todo' FROM generate_series(1, 10000) i`,
      [big.id],
    );
    const needle = await insertTask(big.id, `Calibrate the ${word} thermometers`);
    await ctx.ds.query(`ANALYZE task`);
    // its speed is not timed here (timings belong to benches): the plan below shows the index does the work
    const res = await search(big.owner, word);
    expect(res.body.tasks.map((t: { id: string }) => t.id)).toEqual([needle]);
    const { sql, params } = searchQueries.tasks(prefixQuery(word)!, 5, {
      memberHubIds: [big.id],
      publicVisibilities: [],
      groupSight: { allHubIds: [big.id], groupIds: [] },
    });
    const plan: { 'QUERY PLAN': string }[] = await ctx.ds.query(`EXPLAIN ${sql}`, params);
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('IDX_task_search');
    // a word in every title answers its best five
    expect((await search(big.owner, 'task')).body.tasks).toHaveLength(5);
  });
});
