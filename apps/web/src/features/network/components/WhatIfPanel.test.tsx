import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/render';
import { nodeRefs } from '../map/nodeRefs';
import { GRAPH, renderAt, WHAT_IF } from '../testing';
import { WhatIfPanel, type Member } from './WhatIfPanel';

function Harness({ selected = null }: { selected?: Member | null }) {
  const [members, setMembers] = useState<Member[]>([]);
  return (
    <WhatIfPanel
      sdg={3}
      nodes={nodeRefs(GRAPH.nodes)}
      members={members}
      onMembersChange={setMembers}
      selected={selected}
    />
  );
}

describe('WhatIfPanel', () => {
  it('runs with the members picked from the search and the selection, and shows reach and before/after', async () => {
    const calls = stubFetch({ 'POST /network/what-if': () => ({ body: WHAT_IF }) });
    renderAt(<Harness selected={{ id: 'org-who', name: 'World Health Organization' }} />);
    const run = screen.getByRole('button', { name: 'Run the what-if' });
    expect(run).toBeDisabled();

    const search = screen.getByRole('combobox', { name: 'Add a member' });
    await userEvent.type(search, 'PATH');
    await userEvent.click(await screen.findByRole('option', { name: 'PATH' }));
    expect(search).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Add World Health Organization' }));
    expect(screen.getByRole('button', { name: 'Add World Health Organization' })).toBeDisabled();
    const members = screen.getByRole('list', { name: 'Members of the hypothetical hub' });
    expect(
      within(members)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['PATH', 'World Health Organization']);

    await userEvent.click(run);
    const result = await screen.findByTestId('what-if-result');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ sdg: 3, memberIds: ['org-path', 'org-who'] });
    expect(result).toHaveTextContent('Reach within 1 step12 (30%)');
    expect(result).toHaveTextContent('Reach within 2 steps30 (75%)');
    expect(result).toHaveTextContent('8.5 → 29');
    const pathLength = within(result).getByRole('row', { name: /Average path length/ });
    expect(
      within(pathLength)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2.6', '2.1']);
    const pairs = within(result).getByRole('row', { name: /Connected pairs/ });
    expect(
      within(pairs)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['80%', '90%']);

    // a result belongs to the members it was run with
    await userEvent.click(screen.getByRole('button', { name: 'Remove PATH' }));
    await waitFor(() => expect(screen.queryByTestId('what-if-result')).toBeNull());
  });

  it('shows the api’s refusal', async () => {
    stubFetch({
      'POST /network/what-if': () => ({
        status: 400,
        body: { statusCode: 400, message: 'memberIds must contain at least 1 elements' },
      }),
    });
    renderAt(<Harness selected={{ id: 'org-who', name: 'World Health Organization' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add World Health Organization' }));
    await userEvent.click(screen.getByRole('button', { name: 'Run the what-if' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('memberIds must contain at least 1 elements');
  });
});
