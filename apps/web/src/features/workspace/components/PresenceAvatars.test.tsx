import type { PresenceEntry } from '@hubspoke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keys } from '../../../lib/keys';
import { renderInHub, stubFetch, testQueryClient } from '../../../test/render';
import { PresenceAvatars } from './PresenceAvatars';

describe('PresenceAvatars', () => {
  it('shows, with `among`, only those of these people who are online (a working group’s)', async () => {
    stubFetch({});
    const client = testQueryClient();
    const entry = (userId: string): PresenceEntry => ({ connectionId: `c-${userId}`, userId, viewing: null });
    client.setQueryData<PresenceEntry[]>(keys.presence('h'), [entry('kenji'), entry('lucia'), entry('amara')]);
    renderInHub(<PresenceAvatars hubId="h" among={new Set(['kenji', 'lucia', 'thabo'])} />, { client });
    const online = await screen.findByRole('group', { name: /Online now/ });
    expect(online.querySelectorAll('.mantine-Avatar-root')).toHaveLength(2);
  });
});
