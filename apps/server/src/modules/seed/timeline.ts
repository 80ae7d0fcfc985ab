import type { TaskStatus } from '@hubspoke/contracts';
import type {
  DemoBoard,
  DemoComment,
  DemoGoal,
  DemoGroup,
  DemoHub,
  DemoInvitation,
  DemoMeasurement,
  DemoMember,
  DemoResolution,
  DemoReview,
  DemoSeat,
  DemoTask,
  DemoVote,
} from './demo-data';

/** One change in a demo hub's history; each becomes an entity write and its HubEvent. */
export type Step =
  | { kind: 'hub' }
  | { kind: 'member'; member: DemoMember }
  | { kind: 'invitation'; invitation: DemoInvitation }
  | { kind: 'goal'; goal: DemoGoal }
  | { kind: 'group'; group: DemoGroup }
  | { kind: 'measurement'; goal: DemoGoal; measurement: DemoMeasurement }
  | { kind: 'verification'; goal: DemoGoal; measurement: DemoMeasurement }
  | { kind: 'task'; task: DemoTask }
  | { kind: 'move'; task: DemoTask; status: TaskStatus }
  | { kind: 'comment'; comment: DemoComment }
  | { kind: 'board'; board: BoardStep };

/** A change of the hub's board. */
export type BoardStep =
  | { kind: 'rules'; rules: DemoBoard['rules'] }
  | { kind: 'seat'; seat: DemoSeat }
  | { kind: 'resolution'; resolution: DemoResolution }
  | { kind: 'vote'; resolution: DemoResolution; vote: DemoVote }
  /** The deadline passed: the resolution is decided unless it was already. */
  | { kind: 'deadline'; resolution: DemoResolution }
  | { kind: 'review'; review: DemoReview };

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

/** The board's history: its rules and seats, the resolutions with their votes and deadlines past, the reviews. */
function planBoard(board: DemoBoard | undefined): DatedStep[] {
  if (!board) return [];
  const step = (day: number, change: BoardStep): DatedStep => ({ day, step: { kind: 'board', board: change } });
  return [
    step(board.rulesSet, { kind: 'rules', rules: board.rules }),
    ...board.seats.map((seat) => step(seat.created, { kind: 'seat', seat })),
    ...board.resolutions.map((resolution) => step(resolution.proposed, { kind: 'resolution', resolution })),
    ...board.resolutions.flatMap((resolution) =>
      resolution.votes.map((vote) => step(vote.day, { kind: 'vote', resolution, vote })),
    ),
    ...board.resolutions
      .filter((resolution) => resolution.deadline < 0)
      .map((resolution) => step(resolution.deadline, { kind: 'deadline', resolution })),
    ...board.reviews.map((review) => step(review.assembled, { kind: 'review', review })),
  ];
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
    ...(hub.groups ?? []).map((group) => ({ day: group.created, step: { kind: 'group', group } }) as const),
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
    ...planBoard(hub.board),
  ];
  // Array.prototype.sort is stable, so one day's steps keep the order above.
  return steps.sort((a, b) => a.day - b.day);
}
