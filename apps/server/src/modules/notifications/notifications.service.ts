import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { HubEventDto, NotificationDto, Page } from '@hubspoke/contracts';
import { In, IsNull, Repository, type QueryDeepPartialEntity } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  invalidCursor,
  isTimestampKey,
  timestampKeySql,
  toPage,
} from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import type { NotificationsQuery } from './notification.dto';
import { Notification } from './notification.entity';
import { NotificationBus } from './notification.bus';
import { toNotificationDto } from './notification.mapper';
import { NotificationPlanner } from './notification-planner';

/** Each user's inbox: made from HubEvents, read and marked read by its owner only. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly planner: NotificationPlanner,
    private readonly bus: NotificationBus,
  ) {}

  /** Stores the notifications an event calls for (once, even if recorded twice) and hands them out for pushing. */
  async recordFrom(event: HubEventDto): Promise<void> {
    const planned = await this.planner.plan(event);
    if (planned.length === 0) return;
    const { hubId, seq: eventSeq } = event;
    await this.notifications
      .createQueryBuilder()
      .insert()
      // jsonb payloads are plain objects, which TypeORM's deep-partial type does not see
      .values(planned.map((n) => ({ ...n, hubId, eventSeq })) as QueryDeepPartialEntity<Notification>[])
      .orIgnore()
      .execute();
    const stored = await this.notifications.find({
      where: { hubId, eventSeq, userId: In(planned.map((n) => n.userId)) },
    });
    this.bus.publish(stored.map((n) => ({ userId: n.userId, notification: toNotificationDto(n) })));
  }

  /** Newest first. */
  async list(user: AuthUser, query: NotificationsQuery): Promise<Page<NotificationDto>> {
    const after = decodeCursor(query.cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.notifications
      .createQueryBuilder('n')
      .addSelect(timestampKeySql('n.created_at'), 'cursor_key')
      .where('n.user_id = :userId', { userId: user.id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    if (after) qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at: after[0], id: after[1] });
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_key: string }>();
    return toPage(
      entities.map((entity, i) => ({ entity, key: raw[i]!.cursor_key })),
      limit,
      ({ entity, key }) => [key, entity.id],
      ({ entity }) => toNotificationDto(entity),
    );
  }

  /** Idempotent: a notification already read keeps its first readAt. */
  async markRead(user: AuthUser, id: string): Promise<NotificationDto> {
    await this.notifications.update({ id, userId: user.id, readAt: IsNull() }, { readAt: () => 'now()' });
    const notification = await this.notifications.findOneBy({ id, userId: user.id });
    if (!notification) throw ApiException.notFound('Notification');
    return toNotificationDto(notification);
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const result = await this.notifications.update({ userId: user.id, readAt: IsNull() }, { readAt: () => 'now()' });
    return { updated: result.affected ?? 0 };
  }
}
