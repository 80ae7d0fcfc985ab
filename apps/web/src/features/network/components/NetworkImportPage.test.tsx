import type { NetworkImportDto } from '@hubspoke/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../../../lib/keys';
import { getSession, setSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { GRAPH, renderAt } from '../testing';
import NetworkImportPage from './NetworkImportPage';

const JOB: NetworkImportDto = {
  id: 'imp-1',
  status: 'queued',
  format: 'csv',
  progress: { done: 0, total: 0 },
  counts: null,
  errors: [],
  createdAt: '2026-11-28T10:00:00Z',
  finishedAt: null,
};
const CSV = 'from,to,kind\nGavi,Nobody,funds\n';

const signIn = (isPlatformAdmin: boolean) => setSession(session({ email: 'admin@example.org', isPlatformAdmin }));

/** jsdom's Blob has no text(). */
const text = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

interface Sent {
  method: string;
  url: string;
  type: string | null;
  body: string;
}

/**
 * The import routes: the upload answers `upload`; each GET of the job answers the next of `polls` (the last repeats).
 * The account (`/auth/me`) is the session's, and not among the requests returned.
 */
function stubImports(
  polls: NetworkImportDto[],
  upload: { status: number; body: unknown } = { status: 202, body: JOB },
) {
  const sent: Sent[] = [];
  let poll = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (String(input) === '/api/auth/me') return new Response(JSON.stringify(getSession()?.user));
    const method = init.method ?? 'GET';
    const body = init.body instanceof Blob ? await text(init.body) : String(init.body ?? '');
    sent.push({ method, url: String(input), type: new Headers(init.headers).get('Content-Type'), body });
    const answer = method === 'POST' ? upload : { status: 200, body: polls[Math.min(poll++, polls.length - 1)] };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  return sent;
}

const renderPage = (route = '/network/import') => renderAt(<NetworkImportPage />, { path: '/network/import', route });
const fileInput = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="file"]')!;
const POLL = { timeout: 3_000 };

describe('NetworkImportPage', () => {
  afterEach(() => setSession(null));

  it('uploads a CSV as the table chosen, follows its progress and lists every bad row when it fails', async () => {
    signIn(true);
    const sent = stubImports([
      { ...JOB, status: 'validating', progress: { done: 3, total: 10 } },
      {
        ...JOB,
        status: 'failed',
        progress: { done: 10, total: 10 },
        errors: [
          { table: 'relationships', row: 1, reasons: ['to: no organization named "Nobody"'] },
          { table: 'relationships', row: 4, reasons: ['kind must be one of member_of, funds', 'weight must be > 0'] },
        ],
        finishedAt: '2026-11-28T10:00:02Z',
      },
    ]);
    const { container, router } = renderPage();
    // a spreadsheet program's media type: the name says CSV, and the table is the user's to say
    await userEvent.upload(fileInput(container), new File([CSV], 'ties.csv', { type: 'application/vnd.ms-excel' }));
    expect(screen.getByRole('radio', { name: 'CSV: organizations' })).toBeChecked();
    expect(screen.getByText('name,short_name,sector,country,sdgs')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'CSV: relationships' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Checking every row: 3 of 10 rows')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '30');
    expect(sent[0]).toEqual({
      method: 'POST',
      url: '/api/network/imports?format=csv&table=relationships',
      type: 'text/csv',
      body: CSV,
    });
    expect(router.state.location.search).toBe('?import=imp-1');

    const table = await screen.findByRole('table', { name: 'Rows with problems' }, POLL);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported2 rows have problems');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'relationships1to: no organization named "Nobody"',
      'relationships4kind must be one of member_of, fundsweight must be > 0',
    ]);
    expect(screen.queryByRole('link', { name: 'See the network map' })).toBeNull();
  });

  it('follows the import in the URL after a reload, and once done shows what it imported and refreshes the map', async () => {
    signIn(true);
    stubImports([
      {
        ...JOB,
        status: 'done',
        progress: { done: 12, total: 12 },
        counts: { organizationsCreated: 5, organizationsUpdated: 2, relationshipsCreated: 4, relationshipsUpdated: 1 },
        finishedAt: '2026-11-28T10:00:02Z',
      },
    ]);
    const { client } = renderPage('/network/import?import=imp-1');
    client.setQueryData(keys.networkGraph(null, null, null), GRAPH);
    expect(await screen.findByText('Organizations: 5 new, 2 updated')).toBeInTheDocument();
    expect(screen.getByText('Relationships: 4 new, 1 updated')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the network map' })).toHaveAttribute('href', '/network');
    expect(client.getQueryState(keys.networkGraph(null, null, null))?.isInvalidated).toBe(true);
  });

  it('sends a JSON file as JSON and shows why the api refused it', async () => {
    signIn(true);
    const sent = stubImports([], {
      status: 400,
      body: { statusCode: 400, message: 'The file is not valid JSON: Unexpected end of JSON input' },
    });
    const { container, router } = renderPage();
    await userEvent.click(screen.getByRole('radio', { name: 'CSV: organizations' }));
    await userEvent.upload(fileInput(container), new File(['{"organizations": ['], 'network.json'));
    expect(screen.getByRole('radio', { name: 'JSON: organizations and relationships' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not valid JSON');
    expect(sent[0]).toMatchObject({ url: '/api/network/imports?format=json', type: 'application/json' });
    expect(router.state.location.search).toBe('');
  });

  it('is for platform admins only, as the api', () => {
    signIn(false);
    const { container } = renderPage();
    expect(screen.getByText(/Only platform admins import organizations and relationships/)).toBeInTheDocument();
    expect(fileInput(container)).toBeNull();
  });
});
