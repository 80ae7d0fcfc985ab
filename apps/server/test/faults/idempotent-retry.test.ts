import { randomUUID } from 'node:crypto';
import type { ApiInstance } from '../support/api-instances';
import { FaultStack } from '../support/fault-stack';
import { TcpProxy } from '../support/tcp-proxy';
import type { TestHub } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * A task created through a network that drops the api's answer after the commit (the api answers only once its
 * transaction committed), then the api restarted, then the client retries on the new instance: with the same
 * Idempotency-Key the retry replays the first answer and the hub has one task; without a key it has two.
 */
describe('a POST whose answer was lost, retried after an api restart', () => {
  let stack: FaultStack;
  let api: ApiInstance;
  let proxy: TcpProxy;
  let hub: TestHub;

  beforeAll(async () => {
    stack = await FaultStack.start();
    api = await stack.startApi();
    proxy = await TcpProxy.start(Number(new URL(api.url).port));
    proxy.dropAnswers();
    hub = await stack.newHub();
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await stack?.close();
  }, 30_000);

  const createTask = (baseUrl: string, title: string, key?: string) =>
    fetch(`${baseUrl}/api/hubs/${hub.id}/tasks`, {
      method: 'POST',
      headers: { ...hub.owner.auth, 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
      body: JSON.stringify({ title }),
    });
  const tasksTitled = async (title: string): Promise<string[]> =>
    (await stack.db.query(`SELECT id FROM task WHERE title = $1`, [title])).rows.map((r: { id: string }) => r.id);

  /** Sends the create through the proxy, which loses the answer; resolves once the task committed. */
  async function createAndLoseTheAnswer(title: string, key?: string): Promise<void> {
    await expect(createTask(`http://127.0.0.1:${proxy.port}`, title, key)).rejects.toThrow();
    await waitFor('the lost create committed', async () => ((await tasksTitled(title)).length > 0 ? true : undefined));
  }

  /** Stops the api and starts another on its port, behind the same proxy. */
  async function restartApi(): Promise<void> {
    const port = new URL(api.url).port;
    await api.stop();
    api = await stack.startApi({ PORT: port });
  }

  it('creates one task when the retry carries the same Idempotency-Key', async () => {
    const title = `lost answer ${randomUUID()}`;
    const key = `"${randomUUID()}"`;
    await createAndLoseTheAnswer(title, key);
    await restartApi();

    const retry = await createTask(api.url, title, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const replayed = (await retry.json()) as { id: string };
    expect(await tasksTitled(title)).toEqual([replayed.id]);
  });

  it('creates a second task when the retry carries no key (what the key prevents)', async () => {
    const title = `lost answer, no key ${randomUUID()}`;
    await createAndLoseTheAnswer(title);
    const retry = await createTask(api.url, title);
    expect(retry.status).toBe(201);
    expect(await tasksTitled(title)).toHaveLength(2);
  });
});
