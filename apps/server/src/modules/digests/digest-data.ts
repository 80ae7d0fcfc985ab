import type { GoalHealth, GoalRollUpDto, HubEventContent, NotificationType, TaskStatus } from '@hubspoke/contracts';

/** Everything a hub's digests for one period are made of, loaded once for all its recipients. */
export interface HubDigestData {
  hubName: string;
  periodStart: Date;
  periodEnd: Date;
  /** The period's HubEvents, in seq order. */
  events: PeriodEvent[];
  /** The last assignee organization of each task touched in the period, as it was before the period. */
  assigneeBefore: Map<string, string | null>;
  organizations: Map<string, string>;
  goals: GoalState[];
  /** The hub's goals that roll up member hubs' goals, as they stand when the digest is made. */
  rolledUp: RolledUpGoalState[];
  openTasks: OpenTask[];
  newMembers: { name: string; organizationName: string; role: string }[];
  /** Each user's notifications of the hub made in the period and still unread, by kind. */
  unreadNotifications: Map<string, UnreadCount[]>;
  /** Today, `YYYY-MM-DD` in UTC at the period's end. */
  today: string;
}

export interface UnreadCount {
  type: NotificationType;
  count: number;
}

export type PeriodEvent = { seq: number; entityId: string } & HubEventContent;

export interface GoalState {
  id: string;
  title: string;
  ownerOrganizationId: string;
  dueDate: string;
  progress: number;
  health: GoalHealth;
  progressAtStart: number;
  healthAtStart: GoalHealth;
  pendingVerification: number;
  lastVerifiedAt: Date | null;
}

export interface RolledUpGoalState {
  title: string;
  unit: string;
  rollUp: GoalRollUpDto;
}

export interface OpenTask {
  id: string;
  title: string;
  status: TaskStatus;
  dueDate: string | null;
  assigneeOrganizationId: string | null;
  createdByOrganizationId: string | null;
}

/** Who a digest is for. */
export interface Recipient {
  userId: string;
  role: string;
  organizationId: string;
}
