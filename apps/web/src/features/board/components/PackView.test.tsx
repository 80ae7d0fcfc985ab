import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInHub } from '../../../test/render';
import { review } from '../testing';
import { PackView } from './PackView';

const whatChanged = () => screen.getByRole('region', { name: 'What changed' });

describe('PackView', () => {
  it('tells what changed in words, each group linking to its hub page, without event keys', () => {
    const { pack } = review();
    renderInHub(
      <PackView
        hubId="h"
        pack={{
          ...pack,
          whatChanged: [
            ...pack.whatChanged,
            { group: 'members', title: 'Members', summary: '2 joined' },
            { group: 'board', title: 'Board', summary: '3 seats changed' },
          ],
        }}
      />,
    );
    const items = within(whatChanged()).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Tasks: 23 moved, 6 done, 4 created',
      'Measurements: 13 verified, 2 reported',
      'Members: 2 joined',
      'Board: 3 seats changed',
    ]);
    const links = within(whatChanged()).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Tasks', '/hubs/h/tasks'],
      ['Measurements', '/hubs/h/goals'],
      ['Members', '/hubs/h/members'],
      ['Board', '/hubs/h/board'],
    ]);
    expect(screen.queryByText(/task\.moved|measurement\.verified/)).not.toBeInTheDocument();
  });

  it('shows what member hubs contribute to a goal that rolls them up, and no such section otherwise', () => {
    const { pack } = review();
    const { unmount } = renderInHub(<PackView hubId="h" pack={pack} />);
    expect(screen.queryByRole('region', { name: 'From member hubs' })).not.toBeInTheDocument();
    unmount();
    const rollUp = {
      method: 'weighted_mean' as const,
      value: 81.6,
      childCount: 1,
      reportedCount: 1,
      contributions: [
        { childHub: { id: 'ea', name: 'East African Immunization Hub' }, value: 81.6, weight: 1, reportedAt: null },
      ],
    };
    renderInHub(<PackView hubId="h" pack={{ ...pack, goals: [{ ...pack.goals[0]!, rollUp }] }} />);
    const memberHubs = screen.getByRole('region', { name: 'From member hubs' });
    expect(within(memberHubs).getByText('DTP3 coverage')).toBeInTheDocument();
    expect(within(memberHubs).getByText('East African Immunization Hub')).toBeInTheDocument();
  });

  it('says when nothing changed in the period', () => {
    const { pack } = review();
    renderInHub(<PackView hubId="h" pack={{ ...pack, changes: {}, tasksDone: 0, whatChanged: [] }} />);
    expect(within(whatChanged()).getByText('Nothing changed in the period.')).toBeInTheDocument();
  });
});
