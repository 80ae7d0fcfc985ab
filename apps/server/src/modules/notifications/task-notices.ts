import type { HubEventOf, HubEventTypeOf, TaskDto, TaskStatus } from '@hubspoke/contracts';
import { actorStanding, hubAudience } from './notification-audience';
import { excerpt, type PlannedNotification, type Queryable } from './planned-notification';

type TaskEvent = HubEventOf<HubEventTypeOf<TaskDto>>;

interface TaskBefore {
  org: string | null;
  status: TaskStatus | null;
}

/** What a member organization did to a task that its secretariat hears of. */
const PROGRESS = {
  done: { type: 'task_completed', title: (org: string) => `${org} completed a task` },
  blocked: { type: 'task_blocked', title: (org: string) => `${org} marked a task blocked` },
} as const;

/** The notifications a task's event calls for: a new assignee organization, and a member's progress on it. */
export async function taskNotices(db: Queryable, event: TaskEvent): Promise<PlannedNotification[]> {
  const before = await taskBefore(db, event);
  return [...(await assigned(db, event, before)), ...(await progressed(db, event, before))];
}

/** The task as the hub's previous event of it left it: its assignee organization and status. */
async function taskBefore(db: Queryable, { hubId, seq, payload: task }: TaskEvent): Promise<TaskBefore> {
  const [before] = await db.query<TaskBefore[]>(
    `SELECT payload->>'assigneeOrganizationId' AS org, payload->>'status' AS status FROM hub_event
      WHERE hub_id = $1 AND entity_id = $2 AND seq < $3 AND type IN ('task.created', 'task.updated', 'task.moved')
      ORDER BY seq DESC LIMIT 1`,
    [hubId, task.id, seq],
  );
  return before ?? { org: null, status: null };
}

/** A task newly assigned to an organization: its active members in the hub. */
async function assigned(
  db: Queryable,
  { hubId, payload: task }: TaskEvent,
  before: TaskBefore,
): Promise<PlannedNotification[]> {
  const orgId = task.assigneeOrganizationId;
  if (!orgId || before.org === orgId) return [];
  const members = await db.query<{ user_id: string }[]>(
    `SELECT user_id FROM hub_member
      WHERE hub_id = $1 AND organization_id = $2 AND status = 'active' AND user_id IS NOT NULL`,
    [hubId, orgId],
  );
  return members.map((m) => ({
    userId: m.user_id,
    type: 'task_assigned' as const,
    hubId,
    entityId: task.id,
    title: 'A task was assigned to your organization',
    body: excerpt(task.title),
    payload: { taskId: task.id, goalId: task.goalId },
  }));
}

/** A member organization completed a task or marked it blocked: the hub's secretariat. */
async function progressed(
  db: Queryable,
  { hubId, type, actorId, payload: task }: TaskEvent,
  before: TaskBefore,
): Promise<PlannedNotification[]> {
  if (type === 'task.created' || (task.status !== 'done' && task.status !== 'blocked')) return [];
  if (before.status === task.status) return [];
  const actor = await actorStanding(db, hubId, actorId);
  if (actor?.role !== 'member') return [];
  const progress = PROGRESS[task.status];
  return (await hubAudience(db, hubId, 'hub.edit')).map((userId) => ({
    userId,
    type: progress.type,
    hubId,
    entityId: task.id,
    title: progress.title(actor.organizationName),
    body: excerpt(task.title),
    payload: { taskId: task.id, goalId: task.goalId },
  }));
}
