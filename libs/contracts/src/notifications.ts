export const NOTIFICATION_TYPES = ['task_assigned', 'mention', 'invitation', 'verification_requested'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** One item of a user's inbox; also pushed live on the socket as `notification`. */
export interface NotificationDto {
  id: string;
  hubId: string;
  type: NotificationType;
  /** The task, comment, invitation (member) or measurement it is about. */
  entityId: string;
  title: string;
  body: string;
  /** Whatever the web app needs to link to it (e.g. `{ taskId }`, `{ goalId }`). */
  payload: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}
