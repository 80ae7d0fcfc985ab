import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestPreferenceDto } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { DigestRecipients, type HubRecipient } from './digest-recipients';
import { isTimeZone, type EffectivePreference } from './digest-slot';
import type { UnsubscribeResultDto, UpdateDigestPreferenceDto } from './digests.dto';
import { UnsubscribeLinks } from './unsubscribe-links';

const toDto = (hubId: string, r: HubRecipient): DigestPreferenceDto => ({
  hubId,
  ...r.preference,
  customized: r.customized,
  unsubscribed: r.unsubscribed,
});

/**
 * Each member's digest settings per hub, and the one-click unsubscribe, which also stops the hub's notification emails
 * until the member saves the hub's settings again. The worker picks changes up on reconcile.
 */
@Injectable()
export class DigestPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly recipients: DigestRecipients,
    private readonly links: UnsubscribeLinks,
  ) {}

  async getMine(user: AuthUser, hubId: string): Promise<DigestPreferenceDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    return toDto(hubId, await this.mine(hubId, user.id));
  }

  async updateMine(user: AuthUser, hubId: string, dto: UpdateDigestPreferenceDto): Promise<DigestPreferenceDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    if (!isTimeZone(dto.timeZone)) {
      throw ApiException.badRequest('Some fields are invalid', { timeZone: ['must be an IANA time zone'] });
    }
    await this.save(user.id, hubId, dto);
    return toDto(hubId, await this.mine(hubId, user.id));
  }

  /** No login: the signed token names the user and the hub, and only that hub's digests stop. */
  async unsubscribe(token: string): Promise<UnsubscribeResultDto> {
    const target = this.links.verify(token);
    const recipient = target && (await this.recipients.one(target.hubId, target.userId));
    if (!target || !recipient) throw ApiException.notFound('Subscription');
    await this.save(target.userId, target.hubId, { ...recipient.preference, cadence: 'off' }, true);
    return { hubId: target.hubId, cadence: 'off' };
  }

  private async mine(hubId: string, userId: string): Promise<HubRecipient> {
    const recipient = await this.recipients.one(hubId, userId);
    if (!recipient) throw ApiException.notFound('Hub');
    return recipient;
  }

  private async save(userId: string, hubId: string, p: EffectivePreference, unsubscribe = false): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO digest_preference (user_id, hub_id, cadence, time_zone, delivery_time, channels, unsubscribed_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)
       ON CONFLICT (user_id, hub_id) DO UPDATE SET cadence = EXCLUDED.cadence, time_zone = EXCLUDED.time_zone,
         delivery_time = EXCLUDED.delivery_time, channels = EXCLUDED.channels,
         unsubscribed_at = EXCLUDED.unsubscribed_at, updated_at = now()`,
      [userId, hubId, p.cadence, p.timeZone, p.deliveryTime, p.channels, unsubscribe],
    );
  }
}
