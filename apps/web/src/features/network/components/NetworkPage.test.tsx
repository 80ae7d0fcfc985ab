import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { stubFetch } from '../../../test/render';
import { nodeRefs } from '../map/nodeRefs';
import { GRAPH, INSIGHTS, mapColumns, ORGANIZATION, recordUrls, renderAt } from '../testing';
import type { NetworkMapProps } from './NetworkMap';
import NetworkPage from './NetworkPage';

// WebGL is not in jsdom: the map is a list of buttons here, one per organization
vi.mock('./NetworkMap', () => ({
  NetworkMap: ({ data, selected, sizeBy, onSelect, hubLayer }: NetworkMapProps) => (
    <div
      data-testid="map-stub"
      data-selected={selected ?? ''}
      data-size={sizeBy}
      data-hubs={hubLayer?.hubs.map((h) => h.name).join() ?? ''}
    >
      {nodeRefs(data.nodes).map((n) => (
        <button key={n.id} type="button" onClick={() => onSelect(n.id)}>
          map node {n.name}
        </button>
      ))}
    </div>
  ),
}));

const SDG_GOALS = [
  { code: '3', title: 'Ensure healthy lives', shortTitle: 'Good health and well-being', targets: [] },
  { code: '13', title: 'Take urgent action on climate', shortTitle: 'Climate action', targets: [] },
];

function stubNetwork(graph = GRAPH) {
  const calls = stubFetch({
    'GET /network': () => ({ body: graph }),
    'GET /network/insights': () => ({ body: INSIGHTS }),
    'GET /network/hubs': () => ({ body: HUB_LAYER }),
    'GET /network/organizations/org-who': () => ({ body: ORGANIZATION }),
    'GET /network/organizations/org-gavi': () => ({
      body: {
        ...ORGANIZATION,
        organization: { ...ORGANIZATION.organization, id: 'org-gavi', name: 'Gavi, the Vaccine Alliance' },
      },
    }),
    'GET /sdg/goals': () => ({ body: SDG_GOALS }),
    'GET /hubs/mine': () => ({ body: { items: [], nextCursor: null } }),
  });
  return { calls, urls: recordUrls() };
}

const HUB_LAYER = {
  hubs: [{ id: 'h1', slug: 'vaccines', name: 'Vaccine Delivery Hub', organizationIds: ['org-gavi', 'org-who'] }],
  links: [],
};

const search = (router: ReturnType<typeof renderAt>['router']) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('NetworkPage', () => {
  it('asks the api for the scope and filters in the URL, and shows them in the controls', async () => {
    const { urls } = stubNetwork();
    renderAt(<NetworkPage />, { route: '/network?sdg=3&sector=ngo&country=ke&size=betweenness' });
    expect(await screen.findByTestId('map-stub')).toHaveAttribute('data-size', 'betweenness');
    const graphUrl = urls.find((u) => u.startsWith('/api/network?'))!;
    expect(Object.fromEntries(new URL(graphUrl, 'http://x').searchParams)).toEqual({
      sdg: '3',
      sector: 'ngo',
      country: 'KE',
    });
    expect(urls).toContain('/api/network/insights?sdg=3');
    expect(await screen.findByDisplayValue('SDG 3: Good health and well-being')).toBeInTheDocument();
    expect(screen.getByDisplayValue('NGO')).toBeInTheDocument();
    expect(screen.getByDisplayValue('Kenya')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Betweenness' })).toBeChecked();
  });

  it('puts a chosen filter in the URL and asks the api again', async () => {
    const { urls } = stubNetwork();
    const { router } = renderAt(<NetworkPage />);
    await screen.findByTestId('map-stub');
    expect(urls.find((u) => u.startsWith('/api/network') && !u.includes('insights'))).toBe('/api/network');

    await userEvent.click(screen.getByRole('combobox', { name: 'Sustainable Development Goal' }));
    await userEvent.click(await screen.findByRole('option', { name: 'SDG 13: Climate action' }));
    await waitFor(() => expect(search(router)).toEqual({ sdg: '13' }));
    await waitFor(() => expect(urls).toContain('/api/network?sdg=13'));
    expect(urls).toContain('/api/network/insights?sdg=13');

    await userEvent.click(screen.getByRole('radio', { name: 'Degree' }));
    expect(search(router)).toEqual({ sdg: '13', size: 'degree' });
    await userEvent.click(screen.getByRole('radio', { name: 'PageRank' }));
    expect(search(router)).toEqual({ sdg: '13' });
  });

  it("offers only the sectors and countries of the SDG's organizations, and keeps a chosen one", async () => {
    stubNetwork({ ...GRAPH, sdg: 3, facets: { sectors: ['philanthropy', 'ngo'], countries: ['US', 'CH'] } });
    renderAt(<NetworkPage />, { route: '/network?sdg=3&country=KE' });
    await screen.findByTestId('map-stub');
    const options = async (name: string) => {
      await userEvent.click(screen.getByRole('combobox', { name }));
      const listbox = await screen.findByRole('listbox', { name });
      const labels = within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent);
      await userEvent.keyboard('{Escape}');
      return labels;
    };
    expect(await options('Sector')).toEqual(['Philanthropy', 'NGO']);
    // the link's country stays visible though the scope has none there
    expect(await options('Country')).toEqual(['Switzerland', 'United States', 'Kenya']);
  });

  it('opens an organization picked in the search, and keeps it in the URL', async () => {
    stubNetwork();
    const { router } = renderAt(<NetworkPage />);
    await screen.findByTestId('map-stub');
    await userEvent.type(screen.getByRole('combobox', { name: 'Find an organization' }), 'World');
    await userEvent.click(await screen.findByRole('option', { name: 'World Health Organization (WHO)' }));
    expect(await screen.findByRole('heading', { name: 'World Health Organization' })).toBeInTheDocument();
    expect(search(router)).toEqual({ org: 'org-who' });
    expect(screen.getByTestId('map-stub')).toHaveAttribute('data-selected', 'org-who');
    expect(screen.getByRole('tab', { name: 'Organization' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows the hubs and federation links layer only when switched on, for the SDG in scope', async () => {
    const { urls } = stubNetwork();
    renderAt(<NetworkPage />, { route: '/network?sdg=3' });
    const map = await screen.findByTestId('map-stub');
    expect(map).toHaveAttribute('data-hubs', '');
    expect(urls.some((u) => u.startsWith('/api/network/hubs'))).toBe(false);
    await userEvent.click(screen.getByRole('switch', { name: /Hubs and federation links/ }));
    await waitFor(() => expect(screen.getByTestId('map-stub')).toHaveAttribute('data-hubs', 'Vaccine Delivery Hub'));
    expect(urls).toContain('/api/network/hubs?sdg=3');
    expect(screen.getByRole('list', { name: 'Hubs' })).toHaveTextContent('Federation link, parent → member hub');
    expect(screen.getByRole('link', { name: 'Where hubs overlap' })).toHaveAttribute('href', '/consolidation');
  });

  it('opens an organization clicked on the map, and closes it again', async () => {
    stubNetwork();
    const { router } = renderAt(<NetworkPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'map node World Health Organization' }));
    expect(await screen.findByRole('heading', { name: 'World Health Organization' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close the organization panel' }));
    expect(search(router)).toEqual({});
    expect(screen.queryByRole('heading', { name: 'World Health Organization' })).toBeNull();
  });

  it('selects a hub candidate from the insights and moves the focus to its panel', async () => {
    stubNetwork();
    renderAt(<NetworkPage />);
    const insights = await screen.findByRole('region', { name: 'Hub candidates' });
    await userEvent.click(within(insights).getByRole('button', { name: 'Gavi, the Vaccine Alliance' }));
    const heading = await screen.findByRole('heading', { name: 'Gavi, the Vaccine Alliance' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByTestId('map-stub')).toHaveAttribute('data-selected', 'org-gavi');
  });

  it('shows an anonymous visitor the map, its insights and the terms explained, and offers no export nor what-if', async () => {
    stubNetwork();
    renderAt(<NetworkPage />);
    expect(await screen.findByTestId('map-stub')).toBeInTheDocument();
    expect(within(screen.getByTestId('measure-glossary')).getByText('Betweenness')).toBeInTheDocument();
    expect(screen.getByTestId('measure-glossary')).toHaveTextContent(/shortest path between two other organizations/);
    expect(screen.queryByRole('button', { name: 'Export' })).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'What-if' }));
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=%2Fnetwork');
  });

  it('offers the exports to every signed-in account and the import to platform admins, as the api', async () => {
    stubNetwork();
    setSession(session());
    try {
      renderAt(<NetworkPage />);
      expect(await screen.findByRole('button', { name: 'Export' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Import' })).toBeNull();
      setSession(session({ email: 'admin@example.org', isPlatformAdmin: true }));
      expect(await screen.findByRole('link', { name: 'Import' })).toHaveAttribute('href', '/network/import');
    } finally {
      setSession(null);
    }
  });

  it('shows that a new analysis is on its way', async () => {
    stubNetwork({ ...GRAPH, stale: true });
    renderAt(<NetworkPage />);
    expect(await screen.findByText('Updating…')).toBeInTheDocument();
  });

  it('says so when no organization matches the filters', async () => {
    stubNetwork({ ...GRAPH, ...mapColumns([], []) });
    renderAt(<NetworkPage />, { route: '/network?country=IS' });
    expect(await screen.findByText('No organization matches these filters.')).toBeInTheDocument();
    expect(screen.queryByTestId('map-stub')).toBeNull();
  });
});
