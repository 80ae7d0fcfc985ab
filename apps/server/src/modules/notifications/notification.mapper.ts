import type { NotificationDto } from '@hubspoke/contracts';
import type { Notification } from './notification.entity';

export function toNotificationDto(n: Notification): NotificationDto {
  return {
    id: n.id,
    hubId: n.hubId,
    type: n.type,
    entityId: n.entityId,
    title: n.title,
    body: n.body,
    payload: n.payload,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
