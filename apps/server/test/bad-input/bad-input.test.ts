import fc from 'fast-check';
import { createMatrixFixture, type MatrixFixture } from '../support/hub-fixture';
import { operations, resolve, type OpenApiDocument, type Operation } from '../support/openapi';
import { createTestApp, type TestContext } from '../support/test-app';
import { BAD_PATH_IDS, badQueryValues, badValues } from './mutations';
import { namedValues, validValue } from './valid-values';

/**
 * Walks every route of the OpenAPI document with malformed input: broken JSON, wrong types, missing and unknown fields,
 * oversized strings and arrays, out-of-range numbers, bad ids and injection strings. Each must answer 4xx in the error
 * shape, and the database must be exactly as before.
 */
describe('bad input on every route', () => {
  let ctx: TestContext;
  let fx: MatrixFixture;
  let doc: OpenApiDocument;
  let ops: Operation[];
  let pathValues: Record<string, string>;

  beforeAll(async () => {
    ctx = await createTestApp();
    fx = await createMatrixFixture(ctx);
    doc = (await ctx.http.get('/api/docs-json')).body;
    ops = operations(doc);
    const [member] = await ctx.ds.query(`SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`, [
      fx.home.hubId,
      fx.users.memberOther.id,
    ]);
    const [metric] = await ctx.ds.query(
      `INSERT INTO metric (kind, hub_id, name) VALUES ('custom', $1, 'Doses delivered') RETURNING id`,
      [fx.home.hubId],
    );
    const [seat] = await ctx.ds.query(
      `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id)
       SELECT hub_id, 'Seat', 'representative', 'public', id FROM hub_member WHERE hub_id = $1 AND user_id = $2 RETURNING id`,
      [fx.home.hubId, fx.users.board.id],
    );
    const [resolution] = await ctx.ds.query(
      `INSERT INTO resolution (hub_id, title, motion, quorum, majority, deadline)
       VALUES ($1, 'Motion', 'Text', 0.5, 'simple', now() + interval '1 day') RETURNING id`,
      [fx.home.hubId],
    );
    const [review] = await ctx.ds.query(
      `INSERT INTO board_review (hub_id, title, scheduled_for, pack) VALUES ($1, 'Review', now(), '{"periodStart":"2026-01-01T00:00:00Z","periodEnd":"2026-01-01T00:00:00Z","goals":[],"changes":{},"keyTasks":[],"digests":[],"resolutions":[]}') RETURNING id`,
      [fx.home.hubId],
    );
    const [group] = await ctx.ds.query(
      `INSERT INTO working_group (hub_id, name, lead_member_id) VALUES ($1, 'Task force', $2) RETURNING id`,
      [fx.home.hubId, member.id],
    );
    const [challenge] = await ctx.ds.query(
      `INSERT INTO challenge (funder_organization_id, title, description, prize_amount, prize_currency, stages, rubric,
                              created_by_id)
       VALUES ($1, 'Challenge', 'Text', 1, 'USD', $2, '[{"id":"impact","name":"Impact","description":"","weight":1,"bands":[]}]', $3)
       RETURNING id`,
      [
        fx.orgs.own.id,
        JSON.stringify([{ kind: 'submission', deadline: '2099-01-01T00:00:00Z' }]),
        fx.users.secretariat.id,
      ],
    );
    const [proposal] = await ctx.ds.query(
      `INSERT INTO proposal (challenge_id, title, problem, approach, budget, lead_organization_id, team, goals, status)
       VALUES ($1, 'Proposal', 'P', 'A', 1, $2, '[]', '[]', 'eligible') RETURNING id`,
      [challenge.id, fx.orgs.own.id],
    );
    const [revision] = await ctx.ds.query(
      `INSERT INTO organization_revision (organization_id, before, after) VALUES ($1, '{}', '{}') RETURNING id`,
      [fx.orgs.own.id],
    );
    const [link] = await ctx.ds.query(`SELECT id FROM hub_link WHERE child_hub_id = $1`, [fx.home.hubId]);
    pathValues = {
      linkId: link.id,
      revisionId: revision.id,
      challengeId: challenge.id,
      proposalId: proposal.id,
      reviewId: review.id,
      seatId: seat.id,
      groupId: group.id,
      resolutionId: resolution.id,
      metricId: metric.id,
      hubId: fx.home.hubId,
      idOrSlug: fx.hub.slug,
      goalId: fx.home.goalId,
      taskId: fx.home.taskId,
      targetId: fx.home.taskId,
      targetType: 'tasks',
      measurementId: fx.home.measurementId,
      memberId: member.id,
      orgId: fx.orgs.own.id,
      id: fx.home.taskId,
      token: 'x'.repeat(43),
      code: '3',
    };
  });
  afterAll(() => ctx.close());

  /** One digest of every table's rows: equal digests, equal data. */
  const snapshot = async (): Promise<string> => {
    const tables: { tablename: string }[] = await ctx.ds.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const parts = tables.map(
      (t) =>
        `SELECT '${t.tablename}' AS t, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t.tablename}" x`,
    );
    const rows: { t: string; h: string }[] = await ctx.ds.query(parts.join(' UNION ALL '));
    return rows.map((r) => `${r.t}:${r.h}`).join(' ');
  };

  const fillPath = (op: Operation, overrides: Record<string, string> = {}) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = overrides[name] ?? pathValues[name];
      if (value === undefined) throw new Error(`add a value for path parameter {${name}} of ${op.method} ${op.path}`);
      return encodeURIComponent(value).replace(/%25/g, '%');
    });

  const send = (op: Operation, path: string, body?: string) => {
    let req = ctx.http[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path).set(
      fx.users.secretariat.auth,
    );
    if (body !== undefined) req = req.set('Content-Type', 'application/json').send(body);
    return req;
  };

  const expectRefused = (res: { status: number; body: Record<string, unknown> }, what: string) => {
    const shaped =
      res.status >= 400 &&
      res.status < 500 &&
      res.body?.statusCode === res.status &&
      typeof res.body.error === 'string' &&
      typeof res.body.message === 'string';
    if (!shaped) throw new Error(`${what} answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (res.body.details !== undefined) {
      for (const messages of Object.values(res.body.details as object)) expect(Array.isArray(messages)).toBe(true);
    }
    if (res.body.fields !== undefined) {
      for (const rule of res.body.fields as unknown[]) {
        expect(rule).toEqual({ field: expect.any(String), rule: expect.any(String) });
      }
    }
  };

  it('refuses malformed ids, queries and bodies on every route and changes nothing', async () => {
    const before = await snapshot();
    let tried = 0;
    for (const op of ops) {
      const label = `${op.method} ${op.path}`;
      for (const param of op.parameters.filter((p) => p.in === 'path' && resolve(doc, p.schema).format === 'uuid')) {
        for (const bad of BAD_PATH_IDS) {
          expectRefused(
            await send(op, fillPath(op, { [param.name]: bad }), op.body ? '{}' : undefined),
            `${label} with ${param.name}=${bad}`,
          );
          tried++;
        }
      }
      for (const param of op.parameters.filter((p) => p.in === 'path' && resolve(doc, p.schema).pattern)) {
        const pattern = new RegExp(resolve(doc, param.schema).pattern!);
        for (const bad of BAD_PATH_IDS.filter((v) => !pattern.test(decodeURIComponent(v)))) {
          expectRefused(await send(op, fillPath(op, { [param.name]: bad })), `${label} with ${param.name}=${bad}`);
          tried++;
        }
      }
      for (const param of op.parameters.filter((p) => p.in === 'query')) {
        for (const bad of badQueryValues(doc, param.schema)) {
          const path = `${fillPath(op)}?${param.name}=${encodeURIComponent(bad)}`;
          expectRefused(
            await send(op, path, op.body ? '{}' : undefined),
            `${label} with ?${param.name}=${bad.slice(0, 40)}`,
          );
          tried++;
        }
      }
      if (!op.body) continue;
      const path = fillPath(op);
      for (const raw of ['{"title": ', '[]', '"text"', '42', 'null', '{"a":1}{"b":2}']) {
        expectRefused(await send(op, path, raw), `${label} with body ${raw}`);
        tried++;
      }
      const schema = resolve(doc, op.body);
      const named = namedValues(fx, pathValues.memberId!);
      const base = validValue(doc, schema, '', named) as Record<string, unknown>;
      expectRefused(
        await send(op, path, JSON.stringify({ ...base, unexpectedField: 'x', isPlatformAdmin: true })),
        `${label} with unknown fields`,
      );
      for (const required of schema.required ?? []) {
        const { [required]: _omitted, ...rest } = base;
        expectRefused(await send(op, path, JSON.stringify(rest)), `${label} without ${required}`);
        tried++;
      }
      for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
        for (const bad of badValues(doc, fieldSchema)) {
          const shown = JSON.stringify(bad)?.slice(0, 40);
          expectRefused(
            await send(op, path, JSON.stringify({ ...base, [field]: bad })),
            `${label} with ${field}=${shown}`,
          );
          tried++;
        }
      }
      expect(`${label}: ${await snapshot()}`).toBe(`${label}: ${before}`);
    }
    expect(tried).toBeGreaterThan(500);
    console.log(
      `bad input: ${ops.length} operations, ${tried} malformed requests, each refused with 4xx, data unchanged`,
    );
  }, 180_000);

  it('refuses a group-only task or goal without a working group, with the field named, and changes nothing', async () => {
    const before = await snapshot();
    const hub = `/api/hubs/${fx.home.hubId}`;
    const goal = {
      title: 'Freezers installed',
      unit: 'freezers',
      baseline: 0,
      target: 40,
      direction: 'increase',
      startDate: '2026-01-01',
      dueDate: '2027-06-30',
      ownerOrganizationId: fx.orgs.own.id,
    };
    const writes: ['post' | 'patch', string, object][] = [
      ['post', `${hub}/tasks`, { title: 'Draft', visibility: 'group' }],
      ['post', `${hub}/tasks`, { title: 'Draft', visibility: 'group', workingGroupId: null }],
      ['patch', `${hub}/tasks/${fx.home.taskId}`, { version: 1, visibility: 'group' }],
      ['post', `${hub}/goals`, { ...goal, visibility: 'group' }],
      ['patch', `${hub}/goals/${fx.home.goalId}`, { version: 1, visibility: 'group' }],
    ];
    for (const [method, path, body] of writes) {
      const res = await ctx.http[method](path).set(fx.users.secretariat.auth).send(body);
      expect({ path, status: res.status, details: res.body.details }).toEqual({
        path,
        status: 400,
        details: { visibility: [expect.stringContaining('working group')] },
      });
    }
    expect(await snapshot()).toBe(before);
  });

  it('never answers 5xx to arbitrary JSON in any field (property-based)', async () => {
    const bodyOps = ops.filter((op) => op.body);
    const named = namedValues(fx, pathValues.memberId!);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bodyOps.length - 1 }),
        fc.string({ maxLength: 30 }),
        fc.jsonValue({ maxDepth: 3 }),
        async (i, key, value) => {
          const op = bodyOps[i]!;
          const schema = resolve(doc, op.body);
          const fields = Object.keys(schema.properties ?? {});
          const field = fields.length ? fields[key.length % fields.length]! : key;
          const base = validValue(doc, schema, '', named) as Record<string, unknown>;
          const res = await send(op, fillPath(op), JSON.stringify({ ...base, [field]: value }));
          if (res.status >= 500)
            throw new Error(`${op.method} ${op.path} with ${field}=${JSON.stringify(value)} answered ${res.status}`);
        },
      ),
      { numRuns: 300 },
    );
  }, 180_000);
});
