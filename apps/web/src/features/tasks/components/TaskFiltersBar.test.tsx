import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInHub } from '../../../test/render';
import type { TaskFilters } from '../hooks/useTaskFilters';
import { TaskFiltersBar } from './TaskFiltersBar';

const FILTERS: TaskFilters = { q: '', org: 'who', goal: null, group: null, status: 'todo', overdue: false };
const OPTIONS = [{ value: 'who', label: 'World Health Organization' }];

function renderBar(width: 'narrow' | 'wide') {
  const matchMedia = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({
    ...matchMedia(query),
    matches: width === 'narrow' && query.includes('max-width'),
  }));
  renderInHub(
    <TaskFiltersBar filters={FILTERS} setFilter={() => {}} orgOptions={OPTIONS} goalOptions={[]} groupOptions={[]} />,
  );
}

describe('TaskFiltersBar', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows every filter in a row on a wide screen', () => {
    renderBar('wide');
    expect(screen.getByRole('textbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Assignee organization' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
  });

  it('folds the filters into one button saying how many are set, opening a sheet, on a phone', async () => {
    renderBar('narrow');
    expect(screen.getByRole('textbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Assignee organization' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Filters (2)' }));
    const sheet = await screen.findByRole('dialog', { name: 'Filter tasks' });
    expect(sheet).toContainElement(screen.getByRole('combobox', { name: 'Assignee organization' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show tasks' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Filter tasks' })).toBeNull());
  });
});
