// The soak's HTTP load: writers that take tasks through a whole life (create, rename, comment, start, edit, comment,
// finish, delete), each on its own tasks so no two writers race for a version, and readers of the hub's task list,
// activity feed and overview. Every response is counted by kind against the status it should have.
import { summarize } from '../lib/stats.mjs';

/** Counts responses per kind: the expected status, a 409 (a version conflict), anything else (an error). */
export function requestLog(http) {
  const kinds = new Map();
  const errors = [];
  /** The JSON of an expected answer ({} when it has no body), undefined otherwise. */
  async function hit(kind, method, path, { token, body, expect }) {
    const started = performance.now();
    let answer;
    try {
      answer = await http.request(method, path, { token, body });
    } catch (error) {
      answer = { status: `network error (${error.code ?? error.message})`, text: '' };
    }
    let k = kinds.get(kind);
    if (!k) kinds.set(kind, (k = { ok: 0, conflicts: 0, errors: 0, ms: [] }));
    k.ms.push(performance.now() - started);
    if (answer.status === expect) {
      k.ok++;
      return answer.json ?? {};
    }
    if (answer.status === 409) k.conflicts++;
    else k.errors++;
    if (errors.length < 20) {
      errors.push({
        at: new Date().toISOString(),
        kind,
        method,
        path,
        status: answer.status,
        body: answer.text.slice(0, 300),
      });
    }
    return undefined;
  }
  const totals = () => {
    const t = { requests: 0, ok: 0, conflicts: 0, errors: 0 };
    for (const k of kinds.values()) {
      t.requests += k.ms.length;
      t.ok += k.ok;
      t.conflicts += k.conflicts;
      t.errors += k.errors;
    }
    return t;
  };
  const byKind = () =>
    [...kinds].map(([kind, k]) => ({ kind, ok: k.ok, conflicts: k.conflicts, errors: k.errors, ...summarize(k.ms) }));
  return { hit, errors, totals, byKind };
}

const STEPS = ['create', 'rename', 'comment', 'start', 'edit', 'comment', 'finish', 'delete'];
const day = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Writer `w`: each call advances one of its `slots` tasks by one step of its life; a failed step drops the task and
 * the slot starts over with a new one. New tasks are assigned to the `assignees` organizations in turn (the writer's
 * organization created them, so it may edit them).
 */
export function writer(w, { log, hubId, token, assignees, slots }) {
  let created = 0;
  const lives = Array.from({ length: slots }, () => ({ step: 0, task: null }));
  const tasks = `/api/hubs/${hubId}/tasks`;
  return async (n) => {
    const life = lives[n % slots];
    const step = STEPS[life.step];
    const t = life.task;
    const label = `w${w} op ${n}`;
    const options = (expect, body) => ({ token, expect, body });
    const move = (status) =>
      log.hit('task move', 'POST', `${tasks}/${t.id}/move`, {
        token,
        expect: 200,
        body: { version: t.version, status, position: (w + 1) * 1e6 + n },
      });
    let answer;
    if (step === 'create') {
      answer = await log.hit(
        'task create',
        'POST',
        tasks,
        options(201, {
          title: `soak task ${label}`,
          description: 'Kept busy by the soak test.',
          assigneeOrganizationId: assignees[(w + created++) % assignees.length],
          dueDate: day(3 + (n % 5)),
        }),
      );
    } else if (step === 'rename') {
      answer = await log.hit(
        'task update',
        'PATCH',
        `${tasks}/${t.id}`,
        options(200, { version: t.version, title: `soak task ${label}` }),
      );
    } else if (step === 'comment') {
      answer = await log.hit('comment', 'POST', `${tasks}/${t.id}/comments`, options(201, { body: `Note ${label}.` }));
    } else if (step === 'start') answer = await move('in_progress');
    else if (step === 'edit') {
      answer = await log.hit(
        'task update',
        'PATCH',
        `${tasks}/${t.id}`,
        options(200, { version: t.version, priority: 'high', description: `Edited at ${label}.` }),
      );
    } else if (step === 'finish') answer = await move('done');
    else answer = await log.hit('task delete', 'DELETE', `${tasks}/${t.id}?version=${t.version}`, options(204));
    if (answer === undefined) return Object.assign(life, { step: 0, task: null });
    if (step !== 'comment') life.task = step === 'delete' ? null : answer;
    life.step = (life.step + 1) % STEPS.length;
  };
}

/** Reader `r`: each call reads one of the hub's task list (all, then open ones), activity feed or overview. */
export function reader(r, { log, hubId, token }) {
  const hub = `/api/hubs/${hubId}`;
  let lastSeq = 0;
  const reads = [
    () => log.hit('tasks list', 'GET', `${hub}/tasks?limit=50`, { token, expect: 200 }),
    async () => {
      const page = await log.hit('events list', 'GET', `${hub}/events?after=${Math.max(0, lastSeq - 50)}&limit=100`, {
        token,
        expect: 200,
      });
      if (page) lastSeq = page.lastSeq;
    },
    () => log.hit('overview', 'GET', `${hub}/overview`, { token, expect: 200 }),
    () => log.hit('tasks list', 'GET', `${hub}/tasks?status=todo&status=in_progress&limit=20`, { token, expect: 200 }),
  ];
  return (n) => reads[(n + r) % reads.length]();
}
