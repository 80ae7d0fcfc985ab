import type { GoalDto, HubEventDto, TaskDto } from '@hubspoke/contracts';
import { describe, expect, it } from 'vitest';
import { goal, hubEvent as event, pagesOf, task } from '../../test/fixtures';
import { testQueryClient } from '../../test/render';
import { keys } from '../keys';
import type { TaskPages } from '../taskList';
import { applyHubEvent } from './applyHubEvent';

describe('applyHubEvent', () => {
  it('merges tasks into the loaded pages by version: newer replaces, older or equal is ignored, new ones are added', () => {
    const client = testQueryClient();
    const a = task({ version: 2, title: 'kept', position: 1 });
    const todo = keys.taskPages('h', { filters: {}, status: ['todo'], sort: 'position' });
    const done = keys.taskPages('h', { filters: {}, status: ['done'], sort: 'position' });
    const ids = (key: readonly unknown[]) =>
      client.getQueryData<TaskPages>(key)!.pages.flatMap((p) => p.items.map((t) => t.id));
    client.setQueryData<TaskPages>(todo, pagesOf([[a]]));
    client.setQueryData<TaskPages>(done, pagesOf([[]]));
    client.setQueryData<TaskDto>(keys.task('h', a.id), a);

    applyHubEvent(client, event(1, 'task.updated', { ...a, version: 1, title: 'stale' }));
    expect(client.getQueryData<TaskPages>(todo)!.pages[0].items[0].title).toBe('kept');

    applyHubEvent(client, event(2, 'task.moved', { ...a, version: 3, status: 'done' }));
    expect(ids(todo)).toEqual([]);
    expect(ids(done)).toEqual([a.id]);
    expect(client.getQueryData<TaskDto>(keys.task('h', a.id))!.status).toBe('done');

    const b = task({ position: 2 });
    applyHubEvent(client, event(3, 'task.created', b));
    expect(ids(todo)).toEqual([b.id]);

    applyHubEvent(client, event(4, 'task.deleted', { id: a.id }, a.id));
    expect(ids(done)).toEqual([]);
    expect(client.getQueryData(keys.task('h', a.id))).toBeUndefined();
  });

  it('prepends events to a loaded activity feed once each', () => {
    const client = testQueryClient();
    client.setQueryData<HubEventDto[]>(keys.activity('h'), []);
    const e = event(5, 'task.created', task());
    applyHubEvent(client, e);
    applyHubEvent(client, e);
    expect(client.getQueryData<HubEventDto[]>(keys.activity('h'))).toEqual([e]);
  });

  it('leaves caches that were never loaded alone', () => {
    const client = testQueryClient();
    const t = task();
    applyHubEvent(client, event(1, 'task.created', t));
    expect(client.getQueryCache().findAll({ queryKey: keys.tasks('h') })).toEqual([]);
    expect(client.getQueryData(keys.task('h', t.id))).toBeUndefined();
  });

  it('records an event type this app does not know yet (a newer server’s) in the feed and changes nothing else', () => {
    const client = testQueryClient();
    client.setQueryData<HubEventDto[]>(keys.activity('h'), []);
    client.setQueryData<TaskDto>(keys.task('h', 't'), task({ id: 't' }));
    const unknown = { ...event(1, 'task.deleted', { id: 't' }), type: 'task.archived' } as unknown as HubEventDto;
    applyHubEvent(client, unknown);
    expect(client.getQueryData<HubEventDto[]>(keys.activity('h'))).toEqual([unknown]);
    expect(client.getQueryData<TaskDto>(keys.task('h', 't'))!.id).toBe('t');
  });

  it('applies a placeholder for a change only a working group sees without showing or changing anything', () => {
    const client = testQueryClient();
    const t = task({ id: 't' });
    const all = keys.taskPages('h', { filters: {}, sort: 'created' });
    client.setQueryData<HubEventDto[]>(keys.activity('h'), []);
    client.setQueryData<TaskPages>(all, pagesOf([[t]]));
    applyHubEvent(client, event(7, 'item.redacted', { withdrawn: null }, 'h'));
    expect(client.getQueryData<HubEventDto[]>(keys.activity('h'))).toEqual([]);
    expect(client.getQueryData<TaskPages>(all)).toEqual(pagesOf([[t]]));
  });

  it('drops the task or goal a placeholder says was made group-only, and adds one made hub-visible', () => {
    const client = testQueryClient();
    const [t, g] = [task({ id: 't' }), goal({ id: 'g' })];
    const all = keys.taskPages('h', { filters: {}, sort: 'created' });
    const ids = () => client.getQueryData<TaskPages>(all)!.pages.flatMap((p) => p.items.map((x) => x.id));
    client.setQueryData<TaskPages>(all, pagesOf([[t]]));
    client.setQueryData<TaskDto>(keys.task('h', 't'), t);
    client.setQueryData<GoalDto[]>(keys.goals('h'), [g]);
    client.setQueryData<GoalDto>(keys.goal('h', 'g'), g);
    applyHubEvent(client, event(8, 'item.redacted', { withdrawn: { kind: 'task', id: 't' } }, 'h'));
    applyHubEvent(client, event(9, 'item.redacted', { withdrawn: { kind: 'goal', id: 'g' } }, 'h'));
    expect(ids()).toEqual([]);
    expect(client.getQueryData(keys.task('h', 't'))).toBeUndefined();
    expect(client.getQueryData<GoalDto[]>(keys.goals('h'))).toEqual([]);
    expect(client.getQueryData(keys.goal('h', 'g'))).toBeUndefined();
    const shared = task({ id: 's', version: 2, workingGroupId: 'grp', visibility: 'hub' });
    applyHubEvent(client, event(10, 'task.updated', shared));
    expect(ids()).toEqual(['s']);
  });
});
