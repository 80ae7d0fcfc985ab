import type { TaskStatus } from '@hubspoke/contracts';
import type {
  DemoComment,
  DemoGoal,
  DemoHub,
  DemoInvitation,
  DemoMeasurement,
  DemoMember,
  DemoTask,
} from './demo-data';

/** One change in a demo hub's history; each becomes an entity write and its HubEvent. */
export type Step =
  | { kind: 'hub' }
  | { kind: 'member'; member: DemoMember }
  | { kind: 'invitation'; invitation: DemoInvitation }
  | { kind: 'goal'; goal: DemoGoal }
  | { kind: 'measurement'; goal: DemoGoal; measurement: DemoMeasurement }
  | { kind: 'verification'; goal: DemoGoal; measurement: DemoMeasurement }
  | { kind: 'task'; task: DemoTask }
  | { kind: 'move'; task: DemoTask; status: TaskStatus }
  | { kind: 'comment'; comment: DemoComment };

export interface DatedStep {
  day: number;
  step: Step;
}

/** The columns a task passes through on its way to its final status. */
const PATHS: Record<TaskStatus, TaskStatus[]> = {
  todo: [],
  in_progress: ['in_progress'],
  blocked: ['in_progress', 'blocked'],
  done: ['in_progress', 'done'],
};

const VERIFICATION_DELAY_DAYS = 3;

/** Moves spread evenly between creation and yesterday (a done task: its due date at the latest). */
function moves(task: DemoTask): DatedStep[] {
  const path = PATHS[task.status];
  const last = task.status === 'done' ? Math.min(task.due, -1) : -1;
  return path.map((status, i) => ({
    day: task.created + Math.max(1, Math.round(((last - task.created) * (i + 1)) / (path.length + 1))),
    step: { kind: 'move', task, status },
  }));
}

/** The hub's history in the order it happened (steps of one day keep the order below: creation before use). */
export function planHub(hub: DemoHub): DatedStep[] {
  const [, ...joiners] = hub.members;
  const steps: DatedStep[] = [
    { day: hub.created, step: { kind: 'hub' } },
    ...joiners.map((member) => ({ day: member.joined, step: { kind: 'member', member } }) as const),
    ...hub.invitations.map(
      (invitation) => ({ day: invitation.invited, step: { kind: 'invitation', invitation } }) as const,
    ),
    ...hub.goals.map((goal) => ({ day: goal.created, step: { kind: 'goal', goal } }) as const),
    ...hub.goals.flatMap((goal) =>
      goal.measurements.flatMap((measurement): DatedStep[] => [
        { day: measurement.day, step: { kind: 'measurement', goal, measurement } },
        ...(measurement.verified
          ? [
              {
                day: Math.min(measurement.day + VERIFICATION_DELAY_DAYS, -1),
                step: { kind: 'verification', goal, measurement } as const,
              },
            ]
          : []),
      ]),
    ),
    ...hub.tasks.map((task) => ({ day: task.created, step: { kind: 'task', task } }) as const),
    ...hub.tasks.flatMap(moves),
    ...hub.comments.map((comment) => ({ day: comment.day, step: { kind: 'comment', comment } }) as const),
  ];
  // Array.prototype.sort is stable, so one day's steps keep the order above.
  return steps.sort((a, b) => a.day - b.day);
}
