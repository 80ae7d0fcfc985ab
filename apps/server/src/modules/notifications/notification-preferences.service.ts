import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationSettingsDto,
  type NotificationType,
} from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import type { UpdateNotificationSettingsBody } from './notification.dto';
import type { Queryable } from './planned-notification';

/** The channel a user hears of a kind on. */
export type ChannelOf = (userId: string, type: NotificationType) => NotificationChannel;

/**
 * Each user's channel per kind of notification. Only choices that differ from the kind's default are stored, so a
 * changed default reaches everyone who never chose.
 */
@Injectable()
export class NotificationPreferences {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The channels of these users, their own or the kinds' defaults. */
  async channelsOf(userIds: string[], db: Queryable = this.dataSource): Promise<ChannelOf> {
    const rows = await db.query<{ user_id: string; type: NotificationType; channel: NotificationChannel }[]>(
      `SELECT user_id, type, channel FROM notification_preference WHERE user_id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    const chosen = new Map(rows.map((r) => [`${r.user_id}:${r.type}`, r.channel]));
    return (userId, type) => chosen.get(`${userId}:${type}`) ?? NOTIFICATION_KINDS[type].defaultChannel;
  }

  async settings(user: AuthUser): Promise<NotificationSettingsDto> {
    const channelOf = await this.channelsOf([user.id]);
    return {
      settings: NOTIFICATION_TYPES.map((type) => ({
        type,
        channel: channelOf(user.id, type),
        defaultChannel: NOTIFICATION_KINDS[type].defaultChannel,
      })),
    };
  }

  async update(user: AuthUser, dto: UpdateNotificationSettingsBody): Promise<NotificationSettingsDto> {
    const types = dto.settings.map((s) => s.type);
    if (new Set(types).size !== types.length) {
      throw ApiException.badRequest('Some fields are invalid', { settings: ['name each kind once'] });
    }
    const isDefault = (s: { type: NotificationType; channel: NotificationChannel }) =>
      s.channel === NOTIFICATION_KINDS[s.type].defaultChannel;
    const chosen = dto.settings.filter((s) => !isDefault(s));
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `DELETE FROM notification_preference WHERE user_id = $1 AND type = ANY($2::notification_type[])`,
        [user.id, dto.settings.filter(isDefault).map((s) => s.type)],
      );
      await manager.query(
        `INSERT INTO notification_preference (user_id, type, channel)
         SELECT $1, t.type, t.channel FROM unnest($2::notification_type[], $3::notification_channel[]) AS t(type, channel)
         ON CONFLICT (user_id, type) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
        [user.id, chosen.map((s) => s.type), chosen.map((s) => s.channel)],
      );
    });
    return this.settings(user);
  }
}
