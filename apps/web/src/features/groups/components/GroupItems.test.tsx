import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { goal, task } from '../../../test/fixtures';
import { GroupItemFields, type GroupItemValues } from './GroupItemFields';
import { GroupItems } from './GroupItems';

const inApp = (element: React.ReactNode) => {
  const router = createMemoryRouter([{ path: '/', element }]);
  return render(
    <MantineProvider env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
};

describe('GroupItems', () => {
  it("lists the group's goals and tasks, the group-only ones with their badge, and no other group's", () => {
    inApp(
      <GroupItems
        hubId="h"
        groupId="cold"
        goals={[goal({ title: 'Freezers installed', workingGroupId: 'cold', visibility: 'group' })]}
        tasks={[
          task({ title: 'Negotiate freezer price with supplier', workingGroupId: 'cold', visibility: 'group' }),
          task({ title: 'Map equipment gaps', workingGroupId: 'cold' }),
          task({ title: 'Another group’s task', workingGroupId: 'other' }),
        ]}
      />,
    );
    const price = screen.getByRole('link', { name: 'Negotiate freezer price with supplier' });
    expect(within(price.parentElement!).getByText('Group only')).toBeInTheDocument();
    expect(
      within(screen.getByRole('link', { name: 'Map equipment gaps' }).parentElement!).queryByText('Group only'),
    ).toBeNull();
    expect(screen.getByRole('link', { name: 'Freezers installed' })).toHaveAttribute(
      'href',
      expect.stringContaining('/goals/'),
    );
    expect(screen.queryByText('Another group’s task')).toBeNull();
    expect(screen.getAllByText('Group only')).toHaveLength(2);
  });
});

describe('GroupItemFields', () => {
  function Harness({ initial }: { initial: GroupItemValues }) {
    const [values, setValues] = useState(initial);
    return (
      <>
        <GroupItemFields
          values={values}
          onChange={setValues}
          groupOptions={[{ value: 'cold', label: 'Cold-chain task force' }]}
          errors={{}}
        />
        <output>{JSON.stringify(values)}</output>
      </>
    );
  }

  it('offers "group only" only once a group is chosen', () => {
    render(
      <MantineProvider env="test">
        <Harness initial={{ workingGroupId: null, visibility: 'hub' }} />
      </MantineProvider>,
    );
    expect(screen.getByRole('radio', { name: 'Group only' })).toBeDisabled();
  });

  it('sets group only for an item in a group', () => {
    render(
      <MantineProvider env="test">
        <Harness initial={{ workingGroupId: 'cold', visibility: 'hub' }} />
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Group only' }));
    expect(screen.getByRole('status')).toHaveTextContent('{"workingGroupId":"cold","visibility":"group"}');
  });
});
