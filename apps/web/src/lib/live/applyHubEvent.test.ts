import type { HubEventDto, TaskDto } from '@hubspoke/contracts';
import { describe, expect, it } from 'vitest';
import { hubEvent as event, pagesOf, task } from '../../test/fixtures';
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
});
