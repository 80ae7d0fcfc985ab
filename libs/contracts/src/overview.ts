import type { TaskStatus } from './enums';
import type { GoalDto } from './goals';

export interface GoalTrendPoint {
  observedAt: string;
  value: number;
}

export interface OverviewGoalDto extends GoalDto {
  /** The last 12 verified values, oldest first. */
  trend: GoalTrendPoint[];
}

export interface OverviewTaskDto {
  id: string;
  title: string;
  dueDate: string;
  status: TaskStatus;
  assigneeOrganizationId: string | null;
  assigneeOrganizationName: string | null;
}

export interface HubOverviewDto {
  hub: {
    id: string;
    name: string;
    mission: string;
    sdgs: number[];
    /** Official target titles from the catalog; null for a code the catalog does not know. */
    sdgTargets: { code: string; title: string | null }[];
    lastSeq: number;
  };
  goals: OverviewGoalDto[];
  taskCounts: Record<TaskStatus, number>;
  overdueCount: number;
  /** The 20 most overdue open tasks, most overdue first. */
  overdueTasks: OverviewTaskDto[];
}
