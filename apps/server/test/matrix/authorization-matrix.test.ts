import { ACTORS, createMatrixFixture, type Actor, type MatrixFixture } from '../support/hub-fixture';
import { operations, type OpenApiDocument } from '../support/openapi';
import { createTestApp, type TestContext } from '../support/test-app';
import { ACCOUNT_ROUTES } from './account-routes';
import { HUB_ROUTES, type RouteCase, type Target } from './routes';

/** DESIGN.md's permission table, route by route, for every standing towards the hub and towards a foreign hub. */
describe('authorization matrix', () => {
  let ctx: TestContext;
  let fx: MatrixFixture;

  beforeAll(async () => {
    ctx = await createTestApp();
    fx = await createMatrixFixture(ctx);
  });
  afterAll(() => ctx.close());

  const send = async (route: RouteCase, actor: Actor, t: Target) => {
    const { path, body } = await route.request(fx, t);
    let req = ctx.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    if (actor !== 'anonymous') req = req.set(fx.users[actor].auth);
    return body === undefined ? req : req.send(body);
  };

  const expected = (route: RouteCase, actor: Actor): string => {
    if (actor === 'anonymous') return route.publicRoute ? '404' : '401';
    if (actor === 'unverified') return route.publicRoute ? '404' : '403';
    // a member of a hub linked to this one (its parent or its child) is no member here
    if (actor === 'nonMember' || actor === 'parentHubMember' || actor === 'childHubMember') return '404';
    return route.allowed.includes(actor) ? '2xx' : '403';
  };
  const statusClass = (status: number) => (status >= 200 && status < 300 ? '2xx' : String(status));

  it('covers every route of the OpenAPI document', async () => {
    const doc: OpenApiDocument = (await ctx.http.get('/api/docs-json')).body;
    const listed = new Set([...HUB_ROUTES, ...ACCOUNT_ROUTES].map((r) => `${r.method} ${r.template}`));
    const missing = operations(doc)
      .map((op) => `${op.method} ${op.path}`)
      .filter((key) => !listed.has(key));
    expect(missing).toEqual([]);
  });

  for (const route of HUB_ROUTES) {
    describe(`${route.method} ${route.template}`, () => {
      it('answers each actor as the permission table says, and leaks nothing of a foreign hub', async () => {
        const got: Record<string, string> = {};
        const want: Record<string, string> = {};
        for (const actor of ACTORS) {
          const home = await send(route, actor, { hubId: fx.home.hubId, resourceHubId: fx.home.hubId });
          got[actor] = statusClass(home.status);
          want[actor] = expected(route, actor);
          for (const mark of fx.foreign.marks) expect(home.text).not.toContain(mark);
          if (home.status >= 400)
            expect(home.body).toMatchObject({
              statusCode: home.status,
              error: expect.any(String),
              message: expect.any(String),
            });

          const foreign = await send(route, actor, { hubId: fx.foreign.hubId, resourceHubId: fx.foreign.hubId });
          got[`${actor} → foreign hub`] = statusClass(foreign.status);
          want[`${actor} → foreign hub`] = route.publicRoute
            ? '404'
            : ({ anonymous: '401', unverified: '403' }[actor as string] ?? '404');
          for (const mark of fx.foreign.marks) expect(foreign.text).not.toContain(mark);
        }
        if (route.publicRoute) {
          for (const actor of ['anonymous', 'unverified', 'nonMember', 'memberOwn'] as const) {
            const open = await send(route, actor, { hubId: fx.open.hubId, resourceHubId: fx.open.hubId });
            got[`${actor} → public hub`] = statusClass(open.status);
            want[`${actor} → public hub`] = '2xx';
            for (const mark of [fx.open.taskId, fx.open.measurementId]) expect(open.text).not.toContain(mark);
          }
        }
        if (route.nested) {
          const crossed = await send(route, 'secretariat', { hubId: fx.home.hubId, resourceHubId: fx.foreign.hubId });
          got['secretariat → foreign resource under own hub'] = statusClass(crossed.status);
          want['secretariat → foreign resource under own hub'] = '404';
          for (const mark of fx.foreign.marks) expect(crossed.text).not.toContain(mark);
        }
        expect(got).toEqual(want);
      });
    });
  }
});
