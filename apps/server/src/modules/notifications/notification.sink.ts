import type { NotificationDto } from '@hubspoke/contracts';

export interface NewNotification {
  userId: string;
  notification: NotificationDto;
}

/**
 * Where stored notifications go to be pushed to their users' rooms: in the api the bus the realtime layer relays, in
 * the worker (which has no socket server) the Redis emitter.
 */
export abstract class NotificationSink {
  abstract publish(notifications: NewNotification[]): void;
}
