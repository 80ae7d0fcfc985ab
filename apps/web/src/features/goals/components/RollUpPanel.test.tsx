import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { RollUpPanel } from './RollUpPanel';

describe('RollUpPanel', () => {
  it('shows each member hub’s contribution, and those not reported yet', () => {
    render(
      <MantineProvider env="test">
        <RollUpPanel
          unit="%"
          rollUp={{
            method: 'weighted_mean',
            value: 81.6,
            childCount: 2,
            reportedCount: 1,
            contributions: [
              {
                childHub: { id: 'ea', name: 'East African Immunization Hub' },
                value: 81.6,
                weight: 2,
                reportedAt: '2026-11-01T00:00:00Z',
              },
              { childHub: { id: 'wa', name: 'West African Hub' }, value: null, weight: 1, reportedAt: null },
            ],
          }}
        />
      </MantineProvider>,
    );
    expect(screen.getByText(/Weighted mean/)).toHaveTextContent('(1 of 2 reported)');
    expect(screen.getByText('East African Immunization Hub')).toBeInTheDocument();
    expect(screen.getByText('not reported yet')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Weight' })).toBeInTheDocument();
    expect(screen.queryByTestId('goal-roll-up-more')).not.toBeInTheDocument();
  });

  it('says when it lists only the member hubs that move the value most', () => {
    render(
      <MantineProvider env="test">
        <RollUpPanel
          unit="doses"
          rollUp={{
            method: 'sum',
            value: 500,
            childCount: 1000,
            reportedCount: 1000,
            contributions: [{ childHub: { id: 'a', name: 'Hub A' }, value: 500, weight: 1, reportedAt: null }],
          }}
        />
      </MantineProvider>,
    );
    expect(screen.getByTestId('goal-roll-up-more')).toHaveTextContent(
      'Showing the 1 member hubs that move the value most, of 1000.',
    );
  });
});
