import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type QueryDeepPartialEntity } from 'typeorm';
import { Notification } from './notification.entity';
import { NotificationEmailBatches } from './notification-email.batches';
import { toNotificationDto } from './notification.mapper';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationSink } from './notification.sink';
import type { PlannedNotification } from './planned-notification';

/** One per user and origin (an event or a once-key): the first planned wins, as the unique indexes would decide. */
function onePerOrigin(planned: PlannedNotification[]): PlannedNotification[] {
  const seen = new Set<string>();
  return planned.filter((n) => {
    if (n.eventSeq === undefined && n.onceKey === undefined) return true;
    const key = `${n.userId}|${n.hubId}|${n.eventSeq ?? ''}|${n.onceKey ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Turns planned notifications into stored ones by each person's settings: off drops it, in_app stores it, email also
 * marks it for the person's next batched email. Stores each once (recording the same event or reminder again adds
 * nothing), then pushes what it stored to its users' rooms.
 */
@Injectable()
export class NotificationRecorder {
  private readonly logger = new Logger(NotificationRecorder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: NotificationPreferences,
    private readonly emails: NotificationEmailBatches,
    private readonly sink: NotificationSink,
  ) {}

  async record(planned: PlannedNotification[]): Promise<void> {
    const unique = onePerOrigin(planned);
    if (unique.length === 0) return;
    const channelOf = await this.preferences.channelsOf(unique.map((n) => n.userId));
    const rows = unique.flatMap((n) => {
      const channel = channelOf(n.userId, n.type);
      return channel === 'off' ? [] : [{ ...n, emailStatus: channel === 'email' ? ('pending' as const) : null }];
    });
    if (rows.length === 0) return;
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Notification)
      // jsonb payloads are plain objects, which TypeORM's deep-partial type does not see
      .values(rows as QueryDeepPartialEntity<Notification>[])
      .orIgnore()
      .returning('id')
      .execute();
    const ids = (inserted.raw as { id: string }[]).map((r) => r.id);
    if (ids.length === 0) return;
    const stored = await this.dataSource.manager.findBy(Notification, { id: In(ids) });
    await this.scheduleEmails(stored);
    this.sink.publish(stored.map((n) => ({ userId: n.userId, notification: toNotificationDto(n) })));
  }

  /** Best effort: with Redis away, the worker's sweep schedules them once it is back. */
  private async scheduleEmails(stored: Notification[]): Promise<void> {
    const userIds = [...new Set(stored.filter((n) => n.emailStatus === 'pending').map((n) => n.userId))];
    if (userIds.length === 0) return;
    await this.emails
      .schedule(userIds)
      .catch((error: Error) => this.logger.warn(`Notification emails left to the sweep: ${error.message}`));
  }
}
