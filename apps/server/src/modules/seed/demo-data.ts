import type { GoalDirection, HubRole, HubVisibility, TaskPriority, TaskStatus } from '@hubspoke/contracts';

/**
 * The shape of the demo data. Organizations are named by their id in data/actors-sample.json,
 * people by email; times are whole days relative to the moment of seeding (negative = past).
 */

/** Every demo account has this password. */
export const DEMO_PASSWORD = 'demo-password';

export interface DemoPerson {
  email: string;
  name: string;
}

export interface DemoMember {
  person: DemoPerson;
  org: string;
  role: HubRole;
  joined: number;
}

/** A pending invitation: no account yet. */
export interface DemoInvitation {
  email: string;
  org: string;
  role: HubRole;
  invited: number;
}

export interface DemoMeasurement {
  day: number;
  value: number;
  /** Verified by the secretariat a few days after it was reported; otherwise it waits for verification. */
  verified: boolean;
  note?: string;
  evidenceUrl?: string;
}

export interface DemoGoal {
  /** How tasks, comments and child goals refer to this goal. */
  key: string;
  parent?: string;
  title: string;
  description: string;
  /** An indicator code of data/sdg-framework.json, or null for a custom metric. */
  indicatorCode: string | null;
  unit: string;
  baseline: number;
  target: number;
  direction: GoalDirection;
  start: number;
  due: number;
  owner: string;
  created: number;
  measurements: DemoMeasurement[];
}

export interface DemoTask {
  title: string;
  description?: string;
  goal?: string;
  /** The assignee organization; it must be a member or secretariat organization of the hub. */
  assignee: string;
  /** Where the task ends up; the path there (todo → in_progress → ...) is spread over its lifetime. */
  status: TaskStatus;
  priority: TaskPriority;
  created: number;
  due: number;
  /** Created by the assignee's own person rather than by the secretariat. */
  createdByAssignee?: boolean;
}

export interface DemoComment {
  on: { goal: string } | { task: string };
  author: string;
  day: number;
  body: string;
}

export interface DemoHub {
  slug: string;
  name: string;
  mission: string;
  sdgs: number[];
  sdgTargets: string[];
  visibility: HubVisibility;
  created: number;
  /** The first member is the secretariat person who created the hub. */
  members: DemoMember[];
  invitations: DemoInvitation[];
  goals: DemoGoal[];
  tasks: DemoTask[];
  comments: DemoComment[];
}
