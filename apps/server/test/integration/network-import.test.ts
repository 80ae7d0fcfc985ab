import type { ImportRowErrorDto, NetworkImportDto } from '@hubspoke/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import { JwtService } from '@nestjs/jwt';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { NetworkImportRunner } from '../../src/modules/network/network-import.runner';
import { NETWORK_QUEUE } from '../../src/modules/network/network-queue';
import { startWorker } from '../support/digest-worker';
import { listen } from '../support/sockets';
import { waitFor } from '../support/wait';
import { createTestApp, type TestContext, type TestUser } from '../support/test-app';

const SAMPLE = readFileSync(join(__dirname, '../../data/actors-sample.json'), 'utf8');
const CSV = 'text/csv';
const JSON_TYPE = 'application/json';

/** Imports through the real route, queue and worker; exports back. */
describe('network import and export', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let admin: TestUser;
  let otherAdmin: TestUser;
  let user: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    worker = await startWorker();
    [admin, otherAdmin, user] = [await ctx.newUser(), await ctx.newUser(), await ctx.newUser()];
    await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = ANY($1)`, [[admin.id, otherAdmin.id]]);
  });

  afterAll(async () => {
    await worker?.get<Queue>(getQueueToken(NETWORK_QUEUE)).obliterate({ force: true });
    await worker?.close();
    await ctx?.close();
  });

  const upload = (query: string, body: string, type: string, as: TestUser = admin) =>
    ctx.http.post(`/api/network/imports?${query}`).set(as.auth).set('Content-Type', type).send(body);

  /** Uploads a file and waits until the worker has finished with it. */
  const importFile = async (query: string, body: string, type: string): Promise<NetworkImportDto> => {
    const res = await upload(query, body, type);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', errors: [], counts: null, finishedAt: null });
    return waitFor(
      'the import finished',
      async () => {
        const got = await ctx.http.get(`/api/network/imports/${res.body.id}`).set(admin.auth).expect(200);
        return ['done', 'failed'].includes(got.body.status) ? (got.body as NetworkImportDto) : undefined;
      },
      30_000,
    );
  };

  const counts = async () => {
    const [row] = await ctx.ds.query(
      `SELECT (SELECT count(*)::int FROM organization) AS organizations,
              (SELECT count(*)::int FROM relationship) AS relationships`,
    );
    return row as { organizations: number; relationships: number };
  };
  /** A digest of every organization and relationship, timestamps included: equal digests, nothing written. */
  const snapshot = async (): Promise<string> => {
    const [row] = await ctx.ds.query(
      `SELECT md5(coalesce((SELECT string_agg(o::text, ',' ORDER BY o.id) FROM organization o), '')) ||
              md5(coalesce((SELECT string_agg(r::text, ',' ORDER BY r.id) FROM relationship r), '')) AS h`,
    );
    return row.h;
  };
  const rowsOf = (errors: ImportRowErrorDto[], table: ImportRowErrorDto['table']) =>
    errors.filter((e) => e.table === table).map((e) => e.row);
  const reasonsOf = (errors: ImportRowErrorDto[], table: ImportRowErrorDto['table'], row: number) =>
    errors.find((e) => e.table === table && e.row === row)?.reasons.join(' | ') ?? '';

  describe('actors-sample.json', () => {
    it('imports cleanly through the route, the queue and the worker: 110 organizations, 142 relationships', async () => {
      expect(await counts()).toEqual({ organizations: 0, relationships: 0 });
      const done = await importFile('format=json', SAMPLE, JSON_TYPE);
      expect(done).toMatchObject({
        status: 'done',
        format: 'json',
        errors: [],
        progress: { done: 252, total: 252 },
        counts: {
          organizationsCreated: 110,
          organizationsUpdated: 0,
          relationshipsCreated: 142,
          relationshipsUpdated: 0,
        },
      });
      expect(done.finishedAt).not.toBeNull();
      expect(await counts()).toEqual({ organizations: 110, relationships: 142 });
      const [stored] = await ctx.ds.query(`SELECT content FROM network_import WHERE id = $1`, [done.id]);
      expect(stored.content).toBeNull();
      const [gavi] = await ctx.ds.query(
        `SELECT o.short_name, o.sector, o.country, o.sdgs, count(r.id)::int AS board_seats
           FROM organization o JOIN relationship r ON r.target_id = o.id AND r.kind = 'board_seat'
          WHERE o.name = 'Gavi, the Vaccine Alliance' GROUP BY o.id`,
      );
      expect(gavi).toMatchObject({ short_name: 'Gavi', sector: 'ngo', country: 'CH', sdgs: [3, 17] });
      expect(gavi.board_seats).toBeGreaterThan(0);
      const [tie] = await ctx.ds.query(
        `SELECT weight, since, source FROM relationship WHERE source IS NOT NULL LIMIT 1`,
      );
      expect(tie).toMatchObject({ weight: 1, since: null, source: expect.any(String) });
    });

    it('imports it again without changing anything: only updates, nothing created', async () => {
      const before = await snapshot();
      const done = await importFile('format=json', SAMPLE, JSON_TYPE);
      expect(done).toMatchObject({
        status: 'done',
        counts: {
          organizationsCreated: 0,
          organizationsUpdated: 110,
          relationshipsCreated: 0,
          relationshipsUpdated: 142,
        },
      });
      expect(await snapshot()).toBe(before);
    });

    it('takes files over the 1 MB limit of other routes, and answers 413 in the error shape over 20 MB', async () => {
      const padded = JSON.stringify({ ...JSON.parse(SAMPLE), padding: 'x'.repeat(2 * 1024 * 1024) });
      const done = await importFile('format=json', padded, JSON_TYPE);
      expect(done).toMatchObject({ status: 'done', counts: { organizationsCreated: 0, relationshipsCreated: 0 } });

      const huge = JSON.stringify({ organizations: [], padding: 'x'.repeat(21 * 1024 * 1024) });
      const res = await upload('format=json', huge, JSON_TYPE);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: expect.stringContaining('20 MB'),
      });
    });

    it('does not run a finished import again (a retried job)', async () => {
      const [{ id }] = await ctx.ds.query(`SELECT id FROM network_import WHERE status = 'done' LIMIT 1`);
      const before = await snapshot();
      await expect(worker.get(NetworkImportRunner).runImport(id)).resolves.toEqual({
        status: 'skipped',
        reason: 'done',
      });
      expect(await snapshot()).toBe(before);
    });
  });

  describe('bad files', () => {
    beforeAll(async () => {
      for (const name of ['Twin', 'TWIN', 'Echo', 'echo ']) await ctx.newOrg({ name });
    });
    // organizations whose names clash cannot be imported by name: not in the files exported below
    afterAll(() => ctx.ds.query(`DELETE FROM organization WHERE lower(btrim(name)) IN ('twin', 'echo')`));

    it('writes nothing of a JSON file with bad rows, and names each bad row with its reasons', async () => {
      const before = await snapshot();
      const file = {
        actors: [
          { id: 'a', name: 'Alpha Trust', sector: 'philanthropy', country: 'ke', sdgs: [3] },
          { id: 'b', name: 'Beta', sector: 'bank', country: 'KE' },
          { id: 'c', name: 'Gamma', sector: 'ngo', country: 'XX', sdgs: [0, 18] },
          { id: 'd', name: 'x'.repeat(201), sector: 'ngo' },
          { id: 'e', name: ' alpha trust ', sector: 'ngo' },
          { id: 'f', name: 'Twin', sector: 'ngo' },
          { id: 'g', name: 'Delta', sector: 'ngo', website: 'https://example.org' },
          { id: 'a', name: 'Epsilon', sector: 'ngo' },
        ],
        relationships: [
          { from: 'a', to: 'Nowhere', kind: 'funds' },
          { from: 'a', to: 'ALPHA TRUST', kind: 'funds' },
          { from: 'a', to: 'g', kind: 'befriends' },
          { from: 'a', to: 'g', kind: 'funds', weight: 0, since: '2020-02-30' },
          { from: 'a', to: 'g', kind: 'partners_with', weight: 2.5, since: '2021-01-01', note: 'Press release' },
          { from: 'Alpha Trust', to: 'Delta', kind: 'partners_with' },
          { from: 'a', to: 'Echo', kind: 'funds' },
          'not a relationship',
          { from: 'a', to: 'World Health Organization', kind: 'member_of', source: 'y'.repeat(501) },
        ],
      };
      const failed = await importFile('format=json', JSON.stringify(file), JSON_TYPE);
      expect(failed.status).toBe('failed');
      expect(failed.counts).toBeNull();
      const { errors } = failed;
      expect(rowsOf(errors, 'organizations')).toEqual([2, 3, 4, 5, 6, 7, 8]);
      expect(rowsOf(errors, 'relationships')).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
      expect(reasonsOf(errors, 'organizations', 2)).toMatch(/^sector: must be one of/);
      expect(reasonsOf(errors, 'organizations', 3)).toMatch(/country: .*alpha-2.*\| sdgs: must be SDG numbers/);
      expect(reasonsOf(errors, 'organizations', 4)).toContain('name: at most 200 characters');
      expect(reasonsOf(errors, 'organizations', 5)).toContain('the same organization as row 1');
      expect(reasonsOf(errors, 'organizations', 6)).toContain('2 organizations in the database are named "Twin"');
      expect(reasonsOf(errors, 'organizations', 7)).toBe('website: not a known field');
      expect(reasonsOf(errors, 'organizations', 8)).toContain('id: "a" is also the id of row 1');
      expect(reasonsOf(errors, 'relationships', 1)).toContain('to: no organization in the file or the database');
      expect(reasonsOf(errors, 'relationships', 2)).toContain('the same organization as from');
      expect(reasonsOf(errors, 'relationships', 3)).toMatch(/^kind: must be one of/);
      expect(reasonsOf(errors, 'relationships', 4)).toMatch(/^weight: .* \| since: must be a date/);
      expect(reasonsOf(errors, 'relationships', 6)).toContain('as row 5');
      expect(reasonsOf(errors, 'relationships', 7)).toContain('"Echo" is ambiguous: 2 organizations');
      expect(reasonsOf(errors, 'relationships', 8)).toContain('must be an object');
      expect(reasonsOf(errors, 'relationships', 9)).toContain('source: at most 500 characters');
      expect(await snapshot()).toBe(before);
    });

    it('writes nothing of CSV files with bad rows, and names each bad row with its reasons', async () => {
      const before = await snapshot();
      const organizations = [
        'name,short_name,sector,country,sdgs',
        'Alpha Trust,AT,philanthropy,KE,3;17',
        'Beta,,bank,KE,',
        'Gamma,,ngo,XX,0|18',
        'alpha trust,,ngo,,',
        'Delta,,ngo,KE,3,surplus',
        '"Zeta, Inc.",Z,corporation,US,8|9',
      ].join('\n');
      const orgs = await importFile('format=csv&table=organizations', organizations, CSV);
      expect(orgs.status).toBe('failed');
      expect(rowsOf(orgs.errors, 'organizations')).toEqual([2, 3, 4, 5]);
      expect(reasonsOf(orgs.errors, 'organizations', 3)).toMatch(/country: .* \| sdgs: /);
      expect(reasonsOf(orgs.errors, 'organizations', 5)).toContain('has 6 cells; the header has 5');

      const relationships = [
        'from,to,kind,weight,since,source',
        'World Health Organization,Nowhere,funds,,,',
        'UNICEF,unicef,funds,,,',
        'UNICEF,World Health Organization,funds,-1,2020-13-01,',
        'UNICEF,World Health Organization,partners_with,2,2021-01-01,"A source, with a comma"',
        'unicef,world health organization,partners_with,1,,',
        'UNICEF,Twin,partners_with,1,,',
      ].join('\r\n');
      const rels = await importFile('format=csv&table=relationships', relationships, CSV);
      expect(rels.status).toBe('failed');
      expect(rowsOf(rels.errors, 'relationships')).toEqual([1, 2, 3, 5, 6]);
      expect(reasonsOf(rels.errors, 'relationships', 3)).toMatch(/^weight: .* \| since: /);
      expect(reasonsOf(rels.errors, 'relationships', 5)).toContain('as row 4');
      expect(reasonsOf(rels.errors, 'relationships', 6)).toContain('ambiguous');

      const broken = [
        'from,to,kind',
        'UNICEF,World Health Organization,funds',
        '"UNICEF"x,World Health Organization,funds',
        'UNICEF,World Health Organization,member_of',
      ].join('\n');
      const unreadable = await importFile('format=csv&table=relationships', broken, CSV);
      expect(unreadable.status).toBe('failed');
      expect(unreadable.errors).toEqual([
        { table: 'relationships', row: 2, reasons: [expect.stringContaining('cannot be read from here on')] },
      ]);
      expect(await snapshot()).toBe(before);
    });

    it('refuses a file that is unusable as a whole on upload, with 400 / 415 in the error shape', async () => {
      const cases: [string, string, string, number, RegExp][] = [
        ['format=json', '{"organizations": [', JSON_TYPE, 400, /not valid JSON/],
        ['format=json', '[1, 2]', JSON_TYPE, 400, /must be a JSON object/],
        ['format=json', '{"organizations": {}}', JSON_TYPE, 400, /must be an array/],
        ['format=json', '{"nothing": []}', JSON_TYPE, 400, /neither/],
        ['format=json', '   ', JSON_TYPE, 400, /empty/],
        ['format=json', '{"relationships": []}', CSV, 415, /application\/json/],
        ['format=csv&table=organizations', 'name,sector', JSON_TYPE, 415, /text\/csv/],
        ['format=csv&table=organizations', 'name,colour\nA,red', CSV, 400, /unknown column.*"colour"/],
        ['format=csv&table=relationships', 'from,kind\nA,funds', CSV, 400, /missing column\(s\) to/],
        ['format=csv', 'name,sector', CSV, 400, /Some fields are invalid/],
        ['format=json&table=organizations', '{"relationships": []}', JSON_TYPE, 400, /Some fields are invalid/],
        ['format=xml', '<a/>', 'application/xml', 400, /Some fields are invalid/],
      ];
      for (const [query, body, type, status, message] of cases) {
        const res = await upload(query, body, type);
        expect({ query, body, status: res.status }).toEqual({ query, body, status });
        expect(res.body).toMatchObject({ statusCode: status, error: expect.any(String), message });
      }
      const form = await ctx.http
        .post('/api/network/imports?format=json')
        .set(admin.auth)
        .type('form')
        .send({ organizations: 'x' });
      expect(form.status).toBe(415);
      expect(await ctx.ds.query(`SELECT count(*)::int AS n FROM network_import WHERE status = 'queued'`)).toEqual([
        { n: 0 },
      ]);
    });
  });

  describe('export', () => {
    it('exports JSON that imports back unchanged: same counts, nothing created', async () => {
      const before = await counts();
      const res = await ctx.http.get('/api/network/export?format=json').set(user.auth).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="hubspoke-network-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(res.body.organizations).toHaveLength(before.organizations);
      expect(res.body.relationships).toHaveLength(before.relationships);
      expect(res.body.organizations.find((o: { name: string }) => o.name === 'UNICEF')).toMatchObject({
        short_name: null,
        sector: 'intergovernmental',
        country: 'US',
      });
      const snap = await snapshot();
      const done = await importFile('format=json', JSON.stringify(res.body), JSON_TYPE);
      expect(done).toMatchObject({
        status: 'done',
        counts: {
          organizationsCreated: 0,
          organizationsUpdated: before.organizations,
          relationshipsCreated: 0,
          relationshipsUpdated: before.relationships,
        },
      });
      expect(await snapshot()).toBe(snap);
    });

    it('exports each table as CSV with the import columns, and both import back unchanged', async () => {
      const before = await counts();
      const snap = await snapshot();
      for (const table of ['organizations', 'relationships'] as const) {
        const res = await ctx.http.get(`/api/network/export?format=csv&table=${table}`).set(user.auth).expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.headers['content-disposition']).toMatch(new RegExp(`filename="hubspoke-${table}-[\\d-]+\\.csv"`));
        const lines = res.text.trimEnd().split('\n');
        expect(lines[0]).toBe(
          table === 'organizations' ? 'name,short_name,sector,country,sdgs' : 'from,to,kind,weight,since,source',
        );
        expect(lines.length - 1).toBe(before[table]);
        const done = await importFile(`format=csv&table=${table}`, res.text, CSV);
        expect(done.status).toBe('done');
        expect(done.counts).toMatchObject(
          table === 'organizations'
            ? { organizationsCreated: 0, organizationsUpdated: before.organizations }
            : { relationshipsCreated: 0, relationshipsUpdated: before.relationships },
        );
      }
      expect(await snapshot()).toBe(snap);
    });

    it('refuses a bad format or table, and anonymous callers', async () => {
      await ctx.http.get('/api/network/export?format=csv').set(user.auth).expect(400);
      await ctx.http.get('/api/network/export?format=json&table=relationships').set(user.auth).expect(400);
      await ctx.http.get('/api/network/export?format=yaml').set(user.auth).expect(400);
      await ctx.http.get('/api/network/export?format=json').expect(401);
    });
  });

  describe('permissions', () => {
    it('lets only platform admins import (403), not anonymous callers (401)', async () => {
      const asUser = await upload('format=json', SAMPLE, JSON_TYPE, user);
      expect(asUser.status).toBe(403);
      expect(asUser.body).toMatchObject({ statusCode: 403, message: expect.any(String) });
      const anonymous = await ctx.http
        .post('/api/network/imports?format=json')
        .set('Content-Type', JSON_TYPE)
        .send('{"relationships": []}');
      expect(anonymous.status).toBe(401);
    });

    it('answers a forged or expired token 401 at once, without reading its 20 MB body', async () => {
      const url = await listen(ctx.app);
      /** Starts a 20 MB upload, sends its first 64 KB only, and resolves with the answer, which must come meanwhile. */
      const startUpload = (token: string) =>
        new Promise<{ status: number; body: unknown }>((resolve, reject) => {
          const req = httpRequest(`${url}/api/network/imports?format=json`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': JSON_TYPE,
              'Content-Length': String(20 * 1024 * 1024 - 1),
            },
          });
          const timer = setTimeout(() => {
            req.destroy();
            reject(new Error('no answer while the body was unfinished'));
          }, 5000);
          req.on('response', (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => {
              clearTimeout(timer);
              req.destroy();
              resolve({ status: res.statusCode!, body: JSON.parse(text) });
            });
          });
          req.on('error', () => undefined); // the server closes the connection it did not read to the end
          req.write(`{"organizations": [], "padding": "${'x'.repeat(64 * 1024)}`);
        });
      const forged = admin.token.slice(0, -4) + 'AAAA';
      const expired = ctx.app.get(JwtService).sign({ sub: admin.id, email: admin.email }, { expiresIn: -10 });
      for (const token of [forged, expired, 'not-a-token']) {
        expect(await startUpload(token)).toEqual({
          status: 401,
          body: { statusCode: 401, error: 'Unauthorized', message: 'The access token is invalid or expired' },
        });
      }
    });

    it('shows an import to its creator and platform admins only: 404 for anyone else', async () => {
      const res = await upload('format=json', '{"relationships": []}', JSON_TYPE);
      expect(res.status).toBe(202);
      const path = `/api/network/imports/${res.body.id}`;
      await ctx.http.get(path).set(admin.auth).expect(200);
      await ctx.http.get(path).set(otherAdmin.auth).expect(200);
      const other = await ctx.http.get(path).set(user.auth);
      expect(other.status).toBe(404);
      expect(other.body).toMatchObject({ statusCode: 404, message: 'Import not found' });
      await ctx.http.get(path).expect(401);
      await ctx.http.get('/api/network/imports/00000000-0000-4000-8000-000000000000').set(admin.auth).expect(404);
      await ctx.http.get('/api/network/imports/not-an-id').set(admin.auth).expect(400);
    });
  });
});
