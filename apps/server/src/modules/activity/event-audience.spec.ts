import { audienceOf, forReader, type HubEventRecord } from './event-audience';

const groupTask = { id: 't', visibility: 'group', workingGroupId: 'cold', title: 'Freezer price' };

const record = (audience: HubEventRecord['audience'], type: 'task.updated' | 'comment.created' = 'task.updated') =>
  ({
    hubId: 'h',
    seq: 7,
    type,
    actorId: 'u',
    entityId: 't',
    createdAt: '2026-12-01T00:00:00.000Z',
    payload: groupTask,
    audience,
  }) as unknown as HubEventRecord;

describe('audienceOf', () => {
  it("is the item's group for a group-only task or goal, or a measurement of a group-only goal", () => {
    expect(audienceOf({ payload: groupTask })).toEqual({ groupId: 'cold', withdrawn: false });
    expect(audienceOf({ payload: { measurement: {}, goal: groupTask } })).toEqual({
      groupId: 'cold',
      withdrawn: false,
    });
    expect(audienceOf({ payload: { ...groupTask, visibility: 'hub' } }, { withdrawn: true })).toEqual({
      groupId: null,
      withdrawn: false,
    });
  });

  it('is what the writer says for a payload that does not tell (a deletion, a comment)', () => {
    expect(audienceOf({ payload: { id: 't' } }, { groupId: 'cold' })).toEqual({ groupId: 'cold', withdrawn: false });
    expect(audienceOf({ payload: { id: 't' } })).toEqual({ groupId: null, withdrawn: false });
  });
});

describe('forReader', () => {
  it('gives the group and the secretariat the event, without its audience', () => {
    const event = forReader(record({ groupId: 'cold', withdrawn: false }), { all: false, groupIds: ['cold'] });
    expect(event).toMatchObject({ type: 'task.updated', payload: groupTask });
    expect(event).not.toHaveProperty('audience');
    expect(forReader(record({ groupId: 'cold', withdrawn: false }), { all: true, groupIds: [] }).type).toBe(
      'task.updated',
    );
  });

  it('gives anyone else a placeholder with the same seq and nothing of the item', () => {
    const outsider = { all: false, groupIds: ['other'] };
    expect(forReader(record({ groupId: 'cold', withdrawn: false }), outsider)).toEqual({
      hubId: 'h',
      seq: 7,
      type: 'item.redacted',
      actorId: null,
      entityId: 'h',
      createdAt: '2026-12-01T00:00:00.000Z',
      payload: { withdrawn: null },
    });
    expect(forReader(record({ groupId: 'cold', withdrawn: true }), outsider).payload).toEqual({
      withdrawn: { kind: 'task', id: 't' },
    });
    // only tasks and goals are withdrawn
    expect(forReader(record({ groupId: 'cold', withdrawn: true }, 'comment.created'), outsider).payload).toEqual({
      withdrawn: null,
    });
  });
});
