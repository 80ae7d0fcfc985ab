import type { BoardCompositionDto, ResolutionDto } from '@hubspoke/contracts';
import { describe, expect, it } from 'vitest';
import { keys } from '../../lib/keys';
import { applyHubEvent } from '../../lib/live/applyHubEvent';
import { testQueryClient } from '../../test/render';
import { hubEvent as event } from '../../test/fixtures';
import { resolution, seat } from './testing';

describe('board live events', () => {
  it('merges a vote into the resolution and the list, so the tally updates live', () => {
    const client = testQueryClient();
    const r = resolution();
    client.setQueryData(keys.resolution('h', r.id), r);
    client.setQueryData(keys.resolutions('h'), [r]);
    const voted = { ...r, tally: { ...r.tally, voted: 4, for: 3 } };

    applyHubEvent(client, event(1, 'resolution.voted', voted, r.id));

    expect(client.getQueryData<ResolutionDto>(keys.resolution('h', r.id))!.tally.for).toBe(3);
    expect(client.getQueryData<ResolutionDto[]>(keys.resolutions('h'))![0].tally.voted).toBe(4);
  });

  it('adds a proposed resolution to the list and refetches the board on seat changes', () => {
    const client = testQueryClient();
    client.setQueryData<ResolutionDto[]>(keys.resolutions('h'), []);
    applyHubEvent(client, event(1, 'resolution.proposed', resolution({ id: 'res-2' }), 'res-2'));
    expect(client.getQueryData<ResolutionDto[]>(keys.resolutions('h'))!.map((r) => r.id)).toEqual(['res-2']);

    client.setQueryData<Partial<BoardCompositionDto>>(keys.board('h'), { seats: [] });
    applyHubEvent(client, event(2, 'board.seat_saved', seat(), 'seat-1'));
    expect(client.getQueryState(keys.board('h'))!.isInvalidated).toBe(true);
  });
});
