/**
 * How a person hears of a kind of notification: in the inbox (pushed live), in the inbox and by email (batched, at most
 * one email every few minutes), or not at all.
 */
export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'off'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Where a kind belongs on the settings page. */
export type NotificationGroup = 'work' | 'secretariat' | 'board' | 'challenges';

export interface NotificationKind {
  group: NotificationGroup;
  /** What happened, in the words of the settings page. */
  label: string;
  /** Who is told. */
  audience: string;
  /** The channel until the person chooses another. */
  defaultChannel: NotificationChannel;
}

/**
 * Every kind of notification, with who is told and its default channel. Kinds that ask for an action soon default to
 * email; the rest to the inbox. The order is the database enum's: new kinds go at the end.
 */
export const NOTIFICATION_KINDS = {
  task_assigned: {
    group: 'work',
    label: 'A task is assigned to your organization',
    audience: 'The members of the organization the task is assigned to',
    defaultChannel: 'in_app',
  },
  mention: {
    group: 'work',
    label: 'Someone mentions you in a comment',
    audience: 'The hub members a comment mentions by @name or @email',
    defaultChannel: 'email',
  },
  invitation: {
    group: 'work',
    label: 'You are invited to join a hub',
    audience: 'The invited person, when they have an account',
    defaultChannel: 'in_app',
  },
  verification_requested: {
    group: 'secretariat',
    label: 'A reported measurement waits for verification',
    audience: "The hub's secretariat",
    defaultChannel: 'in_app',
  },
  resolution_proposed: {
    group: 'board',
    label: 'A resolution is put to the board’s vote',
    audience: 'The seat holders and alternates of the board',
    defaultChannel: 'email',
  },
  vote_closing: {
    group: 'board',
    label: 'A vote closes within 24 hours and your vote is missing',
    audience: 'Seat holders who have not voted; alternates when their seat has no vote at all',
    defaultChannel: 'email',
  },
  review_scheduled: {
    group: 'board',
    label: 'A board review is scheduled and its pack is ready to read',
    audience: 'The board members of the hub',
    defaultChannel: 'email',
  },
  task_completed: {
    group: 'secretariat',
    label: 'A member organization completes a task',
    audience: "The hub's secretariat",
    defaultChannel: 'in_app',
  },
  task_blocked: {
    group: 'secretariat',
    label: 'A member organization marks a task blocked',
    audience: "The hub's secretariat",
    defaultChannel: 'email',
  },
  task_commented: {
    group: 'secretariat',
    label: 'A member organization comments on a task',
    audience: "The hub's secretariat",
    defaultChannel: 'in_app',
  },
  reviewer_assigned: {
    group: 'challenges',
    label: 'A proposal is assigned to you for review',
    audience: 'The reviewer it is assigned to',
    defaultChannel: 'email',
  },
  proposal_status_changed: {
    group: 'challenges',
    label: 'The status of your proposal changes',
    audience: 'The person who submitted the proposal',
    defaultChannel: 'email',
  },
} as const satisfies Record<string, NotificationKind>;

export type NotificationType = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_TYPES = Object.keys(NOTIFICATION_KINDS) as NotificationType[];

export const NOTIFICATION_GROUPS: Record<NotificationGroup, string> = {
  work: 'Your work in hubs',
  secretariat: 'Running a hub (secretariat)',
  board: 'On a board',
  challenges: 'Challenges',
};

/** One item of a user's inbox; also pushed live on the socket as `notification`. */
export interface NotificationDto {
  id: string;
  /** The hub it is about; null for a challenge's notifications. */
  hubId: string | null;
  type: NotificationType;
  /** The task, comment, invitation (member), measurement, resolution, review or proposal it is about. */
  entityId: string;
  title: string;
  body: string;
  /** Whatever the web app needs to link to it (e.g. `{ taskId }`, `{ goalId }`, `{ resolutionId }`). */
  payload: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationSettingDto {
  type: NotificationType;
  channel: NotificationChannel;
  defaultChannel: NotificationChannel;
}

/** Every kind, with the caller's channel for it. */
export interface NotificationSettingsDto {
  settings: NotificationSettingDto[];
}

/** The kinds to change; the others keep their channel. */
export interface UpdateNotificationSettingsDto {
  settings: { type: NotificationType; channel: NotificationChannel }[];
}

const COMMENT_TARGET_PATHS: Record<string, string> = {
  task: 'tasks?task=',
  goal: 'goals/',
  resolution: 'board/resolutions/',
  review: 'board/reviews/',
};

/** The web app's page a notification leads to (shared with the emails), or null when there is none to open. */
export function notificationPath(n: Pick<NotificationDto, 'hubId' | 'type' | 'payload'>): string | null {
  const p: Partial<Record<string, unknown>> = n.payload;
  if (p.challengeId) return `/challenges/${p.challengeId}`;
  if (!n.hubId || n.type === 'invitation') return null;
  const hub = `/hubs/${n.hubId}`;
  if (p.resolutionId) return `${hub}/board/resolutions/${p.resolutionId}`;
  if (p.reviewId) return `${hub}/board/reviews/${p.reviewId}`;
  if (p.taskId) return `${hub}/tasks?task=${p.taskId}`;
  if (p.goalId) return `${hub}/goals/${p.goalId}`;
  const target = typeof p.targetType === 'string' && COMMENT_TARGET_PATHS[p.targetType];
  if (target && p.targetId) return `${hub}/${target}${p.targetId}`;
  return hub;
}
