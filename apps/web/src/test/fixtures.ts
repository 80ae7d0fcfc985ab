import type {
  GoalDto,
  HubEventOf,
  HubEventPayloads,
  HubEventType,
  OverviewGoalDto,
  SessionDto,
  SpokeDto,
  TaskDto,
  UserDto,
} from '@hubspoke/contracts';
import type { TaskPages } from '../lib/taskList';

let n = 0;
export function task(overrides: Partial<TaskDto> = {}): TaskDto {
  n += 1;
  return {
    id: `task-${n}`,
    hubId: 'h',
    goalId: null,
    workingGroupId: null,
    visibility: 'hub',
    title: `Task ${n}`,
    description: '',
    status: 'todo',
    priority: 'medium',
    assigneeOrganizationId: 'org-who',
    assigneeUserId: null,
    createdById: null,
    createdByOrganizationId: 'org-gavi',
    dueDate: '2026-12-01',
    position: n * 1024,
    version: 1,
    completedAt: null,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    overdue: false,
    ...overrides,
  };
}

export function goal(overrides: Partial<GoalDto> = {}): GoalDto {
  n += 1;
  return {
    id: `goal-${n}`,
    hubId: 'h',
    parentId: null,
    title: `Goal ${n}`,
    description: '',
    indicatorCode: '3.b.1',
    indicatorTitle: 'Proportion of the target population covered by all vaccines included in their national programme',
    customMetricId: null,
    workingGroupId: null,
    visibility: 'hub',
    unit: '%',
    baseline: 50,
    target: 90,
    direction: 'increase',
    startDate: '2026-01-01',
    dueDate: '2028-01-01',
    ownerOrganizationId: 'org-who',
    ownerOrganizationName: 'WHO',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    progress: 25,
    health: 'on_track',
    latestValue: 60,
    latestObservedAt: '2026-10-01T00:00:00Z',
    pendingVerificationCount: 0,
    childIds: [],
    rollUpMethod: null,
    rollUp: null,
    ...overrides,
  };
}

export const overviewGoal = (overrides: Partial<OverviewGoalDto> = {}): OverviewGoalDto => ({
  ...goal(overrides),
  trend: [],
  ...overrides,
});

export const SPOKES: SpokeDto[] = [
  {
    organization: { id: 'org-who', name: 'WHO', shortName: 'WHO', sector: 'intergovernmental', country: null },
    people: [
      {
        memberId: 'm1',
        userId: 'u1',
        name: 'Lucia',
        email: 'lucia@who.example.org',
        role: 'member',
        joinedAt: '2026-01-01T00:00:00Z',
      },
    ],
  },
];

export const user = (overrides: Partial<UserDto> = {}): UserDto => ({
  id: 'u1',
  email: 'ada@example.org',
  name: 'Ada',
  isPlatformAdmin: false,
  emailVerified: true,
  createdAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

/** A session as the api answers it (sign-in, a confirmed address, a new password). */
export const session = (overrides: Partial<UserDto> = {}): SessionDto => ({
  accessToken: 'token',
  refreshToken: 'r'.repeat(30),
  expiresIn: 900,
  user: user(overrides),
});

/** A live event of hub `h`, its payload checked against its type. */
export function hubEvent<K extends HubEventType>(
  seq: number,
  type: K,
  payload: HubEventPayloads[K],
  entityId = 'x',
): HubEventOf<K> {
  return { hubId: 'h', seq, type, actorId: null, entityId, payload, createdAt: '2026-11-28T00:00:00Z' };
}

/** Loaded pages of a task list, as useInfiniteQuery keeps them; `more`: the api has further pages. */
export function pagesOf(pages: TaskDto[][], { more = false } = {}): TaskPages {
  return {
    pages: pages.map((items, i) => ({ items, nextCursor: i < pages.length - 1 || more ? `c${i + 1}` : null })),
    pageParams: pages.map((_, i) => (i === 0 ? undefined : `c${i}`)),
  };
}
