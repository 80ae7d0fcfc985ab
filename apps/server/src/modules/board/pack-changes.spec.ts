import { describePackChanges, HUB_EVENT_TYPES, PACK_CHANGE_GROUPS, PACK_CHANGE_OF_EVENT } from '@hubspoke/contracts';

describe('a board pack’s changes in words', () => {
  it('groups the period’s events by what they mean, the largest count first, in the groups’ order', () => {
    expect(
      describePackChanges(
        {
          'task.moved': 23,
          'task.created': 4,
          'measurement.verified': 13,
          'goal.measured': 2,
          'member.joined': 2,
          'board.seat_saved': 3,
        },
        6,
      ),
    ).toEqual([
      { group: 'tasks', title: 'Tasks', summary: '23 moved, 6 done, 4 created' },
      { group: 'measurements', title: 'Measurements', summary: '13 verified, 2 reported' },
      { group: 'members', title: 'Members', summary: '2 joined' },
      { group: 'board', title: 'Board', summary: '3 seats changed' },
    ]);
  });

  it('says one in the singular, and leaves out what did not happen', () => {
    expect(describePackChanges({ 'board.seat_saved': 1, 'resolution.voted': 1, 'task.moved': 0 }, 0)).toEqual([
      { group: 'board', title: 'Board', summary: '1 seat changed' },
      { group: 'resolutions', title: 'Resolutions', summary: '1 vote cast' },
    ]);
    expect(describePackChanges({}, 0)).toEqual([]);
  });

  it('reads a pack frozen before tasks done were counted, without a done count', () => {
    expect(describePackChanges({ 'task.moved': 5, 'task.updated': 2 }, null)).toEqual([
      { group: 'tasks', title: 'Tasks', summary: '5 moved, 2 edited' },
    ]);
  });

  it('has words in a known group for every hub event type', () => {
    expect(Object.keys(PACK_CHANGE_OF_EVENT).sort()).toEqual([...HUB_EVENT_TYPES].sort());
    for (const type of HUB_EVENT_TYPES) {
      expect(Object.keys(PACK_CHANGE_GROUPS)).toContain(PACK_CHANGE_OF_EVENT[type].group);
      const [group] = describePackChanges({ [type]: 2 }, null);
      expect(group!.summary).toMatch(/^2 \S/);
    }
  });
});
