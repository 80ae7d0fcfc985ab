import { HubClient, type HubClientOptions } from '@hubspoke/client';
import type { HubEventDto, TaskDto } from '@hubspoke/contracts';
import type { DataSource } from 'typeorm';
import { eventually } from './sockets';
import type { TestUser } from './test-app';

/** A HubClient joined to one hub, recording what it applied and folding task events into a task map. */
export interface Listener {
  client: HubClient;
  hubId: string;
  seqs: number[];
  tasks: Map<string, TaskDto>;
  removed: string[];
  resyncs: number[];
  /** The last seq applied (or resynced to), kept after the client is closed. */
  lastSeq: number;
  /** Seqs that arrived as live `hub:event`s (the rest came with a join reply or an HTTP catch-up). */
  live: Set<number>;
}

export function taskOf(event: HubEventDto): TaskDto | null {
  const { type, payload } = event;
  return type === 'task.created' || type === 'task.updated' || type === 'task.moved' ? payload : null;
}

/** Connects a HubClient as `user` to an api and joins the hub; resolves once joined. */
export async function startListener(
  url: string,
  user: TestUser,
  hubId: string,
  options: Partial<HubClientOptions> & {
    /** Continues where a closed listener stopped: its state, and its lastSeq as sinceSeq. */
    resume?: Listener;
    onResync?: (l: Listener, lastSeq: number) => Promise<void>;
  } = {},
): Promise<Listener> {
  const client = new HubClient({
    url,
    getToken: () => user.token,
    refreshToken: async () => {
      throw new Error('no refresh in this test');
    },
    gapWaitMs: 300,
    ...options,
  });
  const { resume } = options;
  const listener: Listener = {
    client,
    hubId,
    seqs: [...(resume?.seqs ?? [])],
    tasks: new Map(resume?.tasks),
    removed: [],
    resyncs: [],
    lastSeq: resume?.lastSeq ?? 0,
    live: new Set(),
  };
  client.socket.on('hub:event', (event) => event.hubId === hubId && listener.live.add(event.seq));
  await client.join(
    hubId,
    {
      onEvent: (event) => {
        listener.seqs.push(event.seq);
        listener.lastSeq = event.seq;
        const task = taskOf(event);
        if (task) listener.tasks.set(task.id, task);
      },
      onResync: async (lastSeq) => {
        listener.resyncs.push(lastSeq);
        listener.lastSeq = lastSeq;
        await options.onResync?.(listener, lastSeq);
      },
      onRemoved: (reason) => listener.removed.push(reason),
    },
    resume?.lastSeq,
  );
  return listener;
}

/** The hub's tasks as the database has them, in the shape listeners fold events into. */
export async function dbTasks(ds: DataSource, hubId: string): Promise<Map<string, { title: string; version: number }>> {
  const rows: { id: string; title: string; version: number }[] = await ds.query(
    'SELECT id, title, version FROM task WHERE hub_id = $1',
    [hubId],
  );
  return new Map(rows.map((r) => [r.id, { title: r.title, version: r.version }]));
}

export async function dbLastSeq(ds: DataSource, hubId: string): Promise<number> {
  const [row] = await ds.query('SELECT last_seq FROM hub WHERE id = $1', [hubId]);
  return Number(row.last_seq);
}

/** Waits until every listener applied every seq up to the database's, exactly once and in order, and holds its tasks. */
export async function expectConverged(ds: DataSource, listeners: Listener[], timeoutMs = 15_000): Promise<void> {
  const hubId = listeners[0]!.hubId;
  const lastSeq = await dbLastSeq(ds, hubId);
  await eventually(
    () => {
      for (const l of listeners) expect(l.client.lastSeq(hubId)).toBe(lastSeq);
    },
    timeoutMs,
    100,
  );
  const tasks = await dbTasks(ds, hubId);
  for (const l of listeners) {
    const from = l.seqs[0] ?? lastSeq + 1;
    expect(l.seqs).toEqual(Array.from({ length: lastSeq - from + 1 }, (_, i) => from + i));
    expect(new Map([...l.tasks].map(([id, t]) => [id, { title: t.title, version: t.version }]))).toEqual(tasks);
  }
}

/** A small fetch wrapper for writers talking to an api instance. */
export function apiAs(user: TestUser) {
  return async (url: string, method: string, path: string, body?: object) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${user.token}`, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are checked by the assertions
    const json: any = res.status === 204 ? null : await res.json();
    return { status: res.status, body: json };
  };
}
