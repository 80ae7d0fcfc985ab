import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NotificationDto, Page } from '@hubspoke/contracts';
import { IsNull, Repository } from 'typeorm';
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
import { toNotificationDto } from './notification.mapper';
import { READABLE_BY_OWNER } from './notification-visibility';

/** Each user's inbox, read and marked read by its owner only, showing only what they may still read. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  /** Newest first. */
  async list(user: AuthUser, query: NotificationsQuery): Promise<Page<NotificationDto>> {
    const after = decodeCursor(query.cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.readable(user)
      .addSelect(timestampKeySql('n.created_at'), 'cursor_key')
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
    const notification = await this.readable(user).andWhere('n.id = :id', { id }).getOne();
    if (!notification) throw ApiException.notFound('Notification');
    if (notification.readAt) return toNotificationDto(notification);
    await this.notifications.update({ id, readAt: IsNull() }, { readAt: () => 'now()' });
    return toNotificationDto(await this.notifications.findOneByOrFail({ id }));
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    // TypeORM answers an UPDATE with [rows, rowCount]
    const [, updated]: [unknown[], number] = await this.notifications.query(
      `UPDATE notification n SET read_at = now() WHERE n.user_id = $1 AND n.read_at IS NULL AND ${READABLE_BY_OWNER}`,
      [user.id],
    );
    return { updated };
  }

  private readable(user: AuthUser) {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: user.id })
      .andWhere(READABLE_BY_OWNER);
  }
}
