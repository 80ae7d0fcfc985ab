import fc from 'fast-check';
import { readNetworkFile, type RawFile } from './network-file';
import { validateNetworkFile, type ImportPlan } from './network-import.validator';

const json = (file: object): RawFile => readNetworkFile('json', null, JSON.stringify(file));
const plan = async (file: RawFile, existing: [string, number][] = []): Promise<ImportPlan> => {
  const result = await validateNetworkFile(file, { existing: new Map(existing) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
};
const errors = async (file: RawFile, existing: [string, number][] = []) => {
  const result = await validateNetworkFile(file, { existing: new Map(existing) });
  return result.ok ? [] : result.errors;
};

describe('network file validation', () => {
  it('keeps what a row leaves out, and clears what it sets to null or leaves empty', async () => {
    const { organizations } = await plan(
      json({
        organizations: [
          { name: ' Acme ', sector: 'corporation' },
          { name: 'Bold', shortName: 'B', sector: 'ngo', country: 'ke', sdgs: [3, 17] },
          { name: 'Calm', short_name: null, sector: 'ngo', country: null, sdgs: null },
        ],
      }),
    );
    expect(organizations).toEqual([
      { key: 'acme', name: 'Acme', sector: 'corporation', shortName: undefined, country: undefined, sdgs: undefined },
      { key: 'bold', name: 'Bold', sector: 'ngo', shortName: 'B', country: 'KE', sdgs: [3, 17] },
      { key: 'calm', name: 'Calm', sector: 'ngo', shortName: null, country: null, sdgs: [] },
    ]);
    const csv = readNetworkFile(
      'csv',
      'organizations',
      'name,short_name,sector,sdgs\nAcme,,ngo,3; 17\nBold,B,ngo,1|2\n',
    );
    expect((await plan(csv)).organizations.map((o) => [o.shortName, o.sdgs, o.country])).toEqual([
      [null, [3, 17], undefined],
      ['B', [1, 2], undefined],
    ]);
  });

  it('resolves from/to by the file’s ids, the file’s names and the database’s names', async () => {
    const file = json({
      actors: [{ id: 'who', name: 'World Health Organization', sector: 'intergovernmental' }],
      relationships: [
        { from: 'who', to: 'gavi', kind: 'board_seat', note: 'Board' },
        { from: 'world health organization', to: 'Gavi', kind: 'funds', weight: 2, since: '2000-01-31' },
      ],
    });
    expect((await plan(file, [['gavi', 1]])).relationships).toEqual([
      {
        fromKey: 'world health organization',
        toKey: 'gavi',
        kind: 'board_seat',
        weight: 1,
        since: null,
        source: 'Board',
      },
      {
        fromKey: 'world health organization',
        toKey: 'gavi',
        kind: 'funds',
        weight: 2,
        since: '2000-01-31',
        source: null,
      },
    ]);
  });

  it('finds a reference ambiguous when it is one organization’s id and another’s name', async () => {
    const file = json({
      actors: [
        { id: 'b', name: 'Alpha', sector: 'ngo' },
        { id: 'c', name: 'B', sector: 'ngo' },
      ],
      relationships: [{ from: 'b', to: 'c', kind: 'funds' }],
    });
    expect(await errors(file)).toEqual([
      { table: 'relationships', row: 1, reasons: [expect.stringContaining('"b" is ambiguous')] },
    ]);
  });

  it('counts every bad row but keeps at most 1,000 of them', async () => {
    const file = json({ organizations: Array.from({ length: 1500 }, () => ({ name: 'x', sector: 'bank' })) });
    const result = await validateNetworkFile(file, { existing: new Map() });
    expect(result).toMatchObject({ ok: false, errorCount: 1500 });
    expect(!result.ok && result.errors).toHaveLength(1000);
  });

  it('never throws on arbitrary rows, and reports each bad one', async () => {
    const row = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(
        fc.constantFrom('id', 'name', 'sector', 'country', 'sdgs', 'from', 'to', 'kind', 'weight', 'since', 'source'),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), fc.array(row, { maxLength: 8 }), async (orgs, rels) => {
        const result = await validateNetworkFile(json({ organizations: orgs, relationships: rels }), {
          existing: new Map([['x', 2]]),
        });
        if (!result.ok) for (const e of result.errors) expect(e.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
