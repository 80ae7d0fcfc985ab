import { ACCOUNT_ACTORS, createAccountFixture, type AccountFixture } from '../support/account-fixture';
import { createTestApp, type TestContext } from '../support/test-app';
import { ACCOUNT_ROUTES } from './account-routes';

/**
 * Every route beyond a hub's, for every standing towards an organization and the platform (DESIGN.md, "Trust"): each
 * request by a fresh person of that standing, on fresh resources, so no answer depends on another request.
 */
describe('authorization matrix beyond hubs', () => {
  let ctx: TestContext;
  let fx: AccountFixture;

  beforeAll(async () => {
    ctx = await createTestApp();
    fx = createAccountFixture(ctx);
  });
  afterAll(() => ctx.close());

  const statusClass = (status: number) => (status >= 200 && status < 300 ? '2xx' : String(status));

  for (const route of ACCOUNT_ROUTES) {
    it(`${route.method} ${route.template}`, async () => {
      const got: Record<string, string> = {};
      for (const actor of ACCOUNT_ACTORS) {
        const standing = await fx.standing(actor);
        const { path, body, as } = await route.request(fx, standing, actor);
        const person = as ?? standing.user;
        let req = ctx.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
        if (person) req = req.set(person.auth);
        const res = await (body === undefined ? req : req.send(body));
        got[actor] = statusClass(res.status);
        if (res.status >= 400) {
          expect(res.body).toMatchObject({
            statusCode: res.status,
            error: expect.any(String),
            message: expect.any(String),
          });
        }
      }
      expect(got).toEqual(route.expect);
    });
  }
});
