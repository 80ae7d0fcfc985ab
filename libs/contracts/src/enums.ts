export const SECTORS = [
  'government',
  'intergovernmental',
  'regional_body',
  'city_network',
  'corporation',
  'philanthropy',
  'research',
  'ngo',
  'faith',
] as const;
export type Sector = (typeof SECTORS)[number];

export const HUB_ROLES = ['secretariat', 'member', 'board', 'observer'] as const;
export type HubRole = (typeof HUB_ROLES)[number];

export const MEMBER_STATUSES = ['invited', 'active', 'removed'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const HUB_VISIBILITIES = ['private', 'public'] as const;
export type HubVisibility = (typeof HUB_VISIBILITIES)[number];

export const TASK_STATUSES = ['todo', 'in_progress', 'blocked', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Who sees a task or goal: the whole hub (the default) or only its working group (and the secretariat). */
export const ITEM_VISIBILITIES = ['hub', 'group'] as const;
export type ItemVisibility = (typeof ITEM_VISIBILITIES)[number];

export const TASK_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const GOAL_DIRECTIONS = ['increase', 'decrease'] as const;
export type GoalDirection = (typeof GOAL_DIRECTIONS)[number];

/** `no_data`: no verified measurement yet, so nothing to judge. */
export const GOAL_HEALTHS = ['on_track', 'at_risk', 'off_track', 'achieved', 'no_data'] as const;
export type GoalHealth = (typeof GOAL_HEALTHS)[number];

/** A reported measurement counts only once verified; a rejected one never does. */
export const MEASUREMENT_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const COMMENT_TARGETS = ['goal', 'task', 'review', 'resolution'] as const;
export type CommentTarget = (typeof COMMENT_TARGETS)[number];
