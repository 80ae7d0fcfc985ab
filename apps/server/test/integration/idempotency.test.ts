import { UnitOfWork } from '../../src/modules/activity/unit-of-work';
import { runIdempotent } from '../../src/infra/idempotency/idempotent-request';
import { IdempotencyStore } from '../../src/infra/idempotency/idempotency.store';
import { waitFor } from '../support/wait';
import { createTestApp, randomId, type TestContext, type TestHub, type TestUser } from '../support/test-app';

describe('Idempotency-Key on POST', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let secretariat: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    secretariat = hub.owner;
  });
  afterAll(() => ctx.close());

  const tasksUrl = () => `/api/hubs/${hub.id}/tasks`;
  const createTask = (key: string, title: string, as: TestUser = secretariat) =>
    ctx.http.post(tasksUrl()).set(as.auth).set('Idempotency-Key', key).send({ title });
  const tasksTitled = async (title: string): Promise<number> =>
    Number((await ctx.ds.query(`SELECT count(*) AS n FROM task WHERE title = $1`, [title]))[0].n);
  const sfString = (key: string) => `"${key}"`;

  it('replays the first answer to a retry with the same key and request, and creates one task', async () => {
    const key = sfString(randomId());
    const title = `once ${randomId()}`;
    const first = await createTask(key, title);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const retry = await createTask(key, title);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await tasksTitled(title)).toBe(1);
    const events = await ctx.ds.query(`SELECT count(*) AS n FROM hub_event WHERE entity_id = $1`, [first.body.id]);
    expect(Number(events[0].n)).toBe(1);
  });

  it('keeps the answer in the write’s own transaction, with its status', async () => {
    const key = randomId();
    const created = await createTask(key, `stored ${key}`);
    const [record] = await ctx.ds.query(
      `SELECT response_status, response_body, locked_until FROM idempotency_record WHERE key = $1`,
      [key],
    );
    expect(record).toMatchObject({ response_status: 201, locked_until: null });
    expect(record.response_body.id).toBe(created.body.id);
  });

  it('has the unit of work keep the answer in its transaction, and nothing when it rolls back', async () => {
    const store = ctx.app.get(IdempotencyStore);
    const uow = ctx.app.get(UnitOfWork);
    const request = (key: string) => ({ scope: `user:${secretariat.id}`, key, attempt: randomId(), status: 201 });
    const committed = request(randomId());
    const rolledBack = request(randomId());
    for (const r of [committed, rolledBack]) expect(await store.claim(r, 'f'.repeat(64))).toBeNull();

    await runIdempotent(committed, () => uow.run(async () => ({ done: true })));
    await expect(
      runIdempotent(rolledBack, () =>
        uow.run(async () => {
          throw new Error('the write failed');
        }),
      ),
    ).rejects.toThrow('the write failed');

    const stored = await ctx.ds.query(
      `SELECT key, response_status, response_body FROM idempotency_record WHERE key IN ($1, $2)`,
      [committed.key, rolledBack.key],
    );
    expect(stored).toEqual(
      expect.arrayContaining([
        { key: committed.key, response_status: 201, response_body: { done: true } },
        { key: rolledBack.key, response_status: null, response_body: null },
      ]),
    );
  });

  it('answers 422 to the same key with another request', async () => {
    const key = randomId();
    expect((await createTask(key, `first ${key}`)).status).toBe(201);
    const other = await createTask(key, `second ${key}`);
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ statusCode: 422, message: expect.stringMatching(/another request/) });
    expect(await tasksTitled(`second ${key}`)).toBe(0);

    const otherPath = await ctx.http
      .post(`/api/hubs/${hub.id}/goals`)
      .set(secretariat.auth)
      .set('Idempotency-Key', key)
      .send({ title: `first ${key}` });
    expect(otherPath.status).toBe(422);
  });

  it('answers 409 to the same key while the first request still runs, then replays it', async () => {
    const key = randomId();
    const title = `concurrent ${key}`;
    // The first request's INSERT waits behind this lock, after it took the key.
    const blocker = ctx.ds.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`LOCK TABLE task IN SHARE MODE`);
    try {
      const first = createTask(key, title).then((res) => res); // supertest sends on then()
      await waitFor('the first request takes its key', async () =>
        (await ctx.ds.query(`SELECT 1 FROM idempotency_record WHERE key = $1`, [key])).length > 0 ? true : undefined,
      );
      const concurrent = await createTask(key, title);
      expect(concurrent.status).toBe(409);
      expect(concurrent.body.message).toMatch(/still being processed/);
      await blocker.commitTransaction();
      expect((await first).status).toBe(201);
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
    }
    const retry = await createTask(key, title);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await tasksTitled(title)).toBe(1);
  });

  it.each([
    ['empty', '""', /empty/],
    ['too long', 'k'.repeat(256), /longer than 255/],
    ['not one Structured Field String', '"unterminated', /Structured Field String/],
    ['not printable ASCII', 'tab\there', /printable ASCII/],
  ])('answers 400 to a key that is %s', async (_why, key, detail) => {
    const res = await createTask(key, `malformed ${randomId()}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('The Idempotency-Key header is not valid');
    expect(res.body.details['Idempotency-Key'][0]).toMatch(detail);
  });

  it('frees the key of a request that failed, so the corrected request runs with it', async () => {
    const key = randomId();
    const invalid = await ctx.http.post(tasksUrl()).set(secretariat.auth).set('Idempotency-Key', key).send({});
    expect(invalid.status).toBe(400);
    const corrected = await createTask(key, `corrected ${key}`);
    expect(corrected.status).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });

  it('scopes keys per account', async () => {
    const key = randomId();
    const member = await ctx.newMember(hub, 'member');
    expect((await createTask(key, `mine ${key}`)).status).toBe(201);
    const theirs = await createTask(key, `theirs ${key}`, member.user);
    expect(theirs.status).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('replays an anonymous POST per client address', async () => {
    const key = randomId();
    const body = { email: `idem-${key}@example.org`, name: 'Idem', password: 'long-enough-password' };
    const first = await ctx.http.post('/api/auth/register').set('Idempotency-Key', key).send(body);
    expect(first.status).toBe(202);
    const retry = await ctx.http.post('/api/auth/register').set('Idempotency-Key', key).send(body);
    expect(retry.status).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const [record] = await ctx.ds.query(`SELECT scope FROM idempotency_record WHERE key = $1`, [key]);
    expect(record.scope).toMatch(/^ip:/);
  });

  it('never keeps an answer that holds session tokens', async () => {
    const key = randomId();
    const login = await ctx.http
      .post('/api/auth/login')
      .set('Idempotency-Key', key)
      .send({ email: secretariat.email, password: 'password123' });
    expect(login.status).toBe(200);
    expect(await ctx.ds.query(`SELECT 1 FROM idempotency_record WHERE key = $1`, [key])).toHaveLength(0);
  });

  it('forgets a key after 24 hours', async () => {
    const key = randomId();
    expect((await createTask(key, `old ${key}`)).status).toBe(201);
    await ctx.ds.query(`UPDATE idempotency_record SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const reused = await createTask(key, `new ${key}`);
    expect(reused.status).toBe(201);
    expect(reused.headers['idempotent-replayed']).toBeUndefined();

    await ctx.ds.query(`UPDATE idempotency_record SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    expect(await ctx.app.get(IdempotencyStore).deleteExpired()).toBeGreaterThanOrEqual(1);
    expect(await ctx.ds.query(`SELECT 1 FROM idempotency_record WHERE key = $1`, [key])).toHaveLength(0);
  });
});
