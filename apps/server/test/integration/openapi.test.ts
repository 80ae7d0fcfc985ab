import { operations, resolve, type OpenApiDocument } from '../support/openapi';
import { createTestApp, type TestContext } from '../support/test-app';

describe('OpenAPI document', () => {
  let ctx: TestContext;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    ctx = await createTestApp();
    doc = (await ctx.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => ctx.close());

  it('describes the success response of every route with a schema', () => {
    const undocumented = operations(doc)
      .filter((op) => !op.path.startsWith('/health'))
      .filter((op) => {
        const success = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
        if (!success) return true;
        return success[0] !== '204' && !success[1].content?.['application/json']?.schema;
      })
      .map((op) => `${op.method} ${op.path}`);
    expect(undocumented).toEqual([]);
  });

  it('documents the error responses of every route that can fail, in the one error shape', () => {
    const missing = operations(doc)
      .filter((op) => !op.path.startsWith('/health'))
      .filter((op) => {
        const errors = Object.entries(op.responses).filter(([status]) => /^[45]/.test(status));
        const canFail = op.security || op.parameters.length > 0 || op.body !== undefined;
        return (
          (canFail && errors.length === 0) ||
          errors.some(
            ([, r]) => resolve(doc, r.content?.['application/json']?.schema).properties?.statusCode === undefined,
          )
        );
      })
      .map((op) => `${op.method} ${op.path}`);
    expect(missing).toEqual([]);
  });

  it('gives every request body a schema with its fields', () => {
    const bare = operations(doc)
      .filter((op) => op.body)
      .filter((op) => Object.keys(resolve(doc, op.body).properties ?? {}).length === 0)
      .map((op) => `${op.method} ${op.path}`);
    expect(bare).toEqual([]);
  });

  it('declares the bearer token on exactly the routes that refuse an anonymous caller', async () => {
    const declaredWrong: string[] = [];
    for (const op of operations(doc)) {
      const path = op.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await ctx.http[op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
      if (op.security !== (res.status === 401)) declaredWrong.push(`${op.method} ${op.path} answered ${res.status}`);
    }
    expect(declaredWrong).toEqual([]);
  });

  it('serves Swagger UI', async () => {
    const res = await ctx.http.get('/api/docs').redirects(1);
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });
});
