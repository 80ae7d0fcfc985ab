import type { MeasurementDto } from '@hubspoke/contracts';
import { MantineProvider } from '@mantine/core';
import { notifications, type NotificationData } from '@mantine/notifications';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goal } from '../../../test/fixtures';
import { renderInHub, stubFetch } from '../../../test/render';
import { useReviewMeasurement } from '../hooks/useReviewMeasurement';
import { MeasurementList } from './MeasurementList';

const measurement = (overrides: Partial<MeasurementDto> = {}): MeasurementDto => ({
  id: 'm1',
  goalId: 'g1',
  hubId: 'h',
  value: 81,
  observedAt: '2026-11-01T00:00:00Z',
  evidenceUrl: null,
  note: null,
  reportedById: 'u-who',
  reportedByOrganizationId: 'org-who',
  verifiedById: null,
  verifiedAt: null,
  status: 'pending',
  reviewedById: null,
  reviewedAt: null,
  reviewNote: null,
  createdAt: '2026-11-01T00:00:00Z',
  ...overrides,
});

function Harness({ measurements }: { measurements: MeasurementDto[] }) {
  const { review } = useReviewMeasurement('h');
  return (
    <MeasurementList
      measurements={measurements}
      unit="%"
      canReview
      reviewing={null}
      onReview={(r) => review.mutate(r)}
    />
  );
}

const change = (m: MeasurementDto) => ({ body: { measurement: m, goal: goal({ id: 'g1' }), ancestors: [] } });

describe('reviewing a measurement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects only with a note, and offers to undo for 10 seconds', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('');
    const rejected = measurement({ status: 'rejected', reviewNote: 'Wrong survey year', reviewedById: 'u-gavi' });
    const calls = stubFetch({
      'POST /hubs/h/measurements/m1/reject': () => change(rejected),
      'POST /hubs/h/measurements/m1/undo-review': () => change(measurement()),
    });
    renderInHub(<Harness measurements={[measurement()]} />);

    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(buttonIn(dialog, 'Reject'));
    expect(await screen.findByText('Say why, so the reporting organization can correct it')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: /Why it is rejected/ }), 'Wrong survey year');
    await userEvent.click(buttonIn(dialog, 'Reject'));
    await waitFor(() => expect(show).toHaveBeenCalled());
    expect(calls.find((c) => c.path.endsWith('/reject'))?.body).toEqual({ note: 'Wrong survey year' });
    const toast = show.mock.calls[0]![0] as NotificationData;
    expect(toast).toMatchObject({ title: 'Rejected', autoClose: 10_000 });

    render(<MantineProvider env="test">{toast.message}</MantineProvider>);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/undo-review'))).toBe(true));
    await waitFor(() => expect(show.mock.calls.map(([n]) => n.title)).toContain('Review undone'));
  }, 60_000);

  it('verifies with an optional note, and shows a rejection’s note to everyone who reads the list', async () => {
    vi.spyOn(notifications, 'show').mockReturnValue('');
    const calls = stubFetch({
      'POST /hubs/h/measurements/m1/verify': () => change(measurement({ status: 'verified' })),
    });
    renderInHub(
      <Harness
        measurements={[
          measurement(),
          measurement({ id: 'm2', status: 'rejected', reviewNote: 'Covers one district only' }),
        ]}
      />,
    );
    expect(screen.getByText('rejected')).toBeInTheDocument();
    expect(screen.getByText('“Covers one district only”')).toBeInTheDocument();
    // a reviewed measurement offers no review buttons
    expect(screen.getAllByRole('button', { name: 'Verify' })).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await userEvent.click(buttonIn(await screen.findByRole('dialog'), 'Verify'));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/verify'))?.body).toEqual({}));
  }, 60_000);
});

/** The dialog's own button of that name (the row's button of the same name is outside it). */
function buttonIn(dialog: HTMLElement, name: string): HTMLElement {
  return [...dialog.querySelectorAll('button')].find((b) => b.textContent === name)!;
}
