import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { composeDigest } from './digest-composer';
import { DigestDataLoader } from './digest-data.loader';
import { digestSubject, renderDigest } from './digest-render';
import { DigestSchedules } from './digest-schedules.service';
import { periodUntilNow } from './digest-slot';
import type { DigestPreviewDto, DigestPreviewQuery, SendNowDto, SendNowResultDto } from './digests.dto';

/** The secretariat's view of a hub's digests: preview one by role, or send them now. */
@Injectable()
export class HubDigestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly loader: DigestDataLoader,
    private readonly schedules: DigestSchedules,
  ) {}

  async preview(user: AuthUser, hubId: string, query: DigestPreviewQuery): Promise<DigestPreviewDto> {
    await this.policy.authorize(user, hubId, 'hub.edit');
    const organizationId = await this.previewOrganization(hubId, query);
    const period = periodUntilNow(query.cadence, new Date());
    const data = await this.loader.load(hubId, period.start, period.end);
    const content = data && composeDigest(data, { userId: user.id, role: query.role, organizationId });
    if (!content) return { empty: true, subject: null, content: null, text: null };
    return {
      empty: false,
      subject: digestSubject(content, query.cadence),
      content,
      text: renderDigest(content, '(unsubscribe link)').text,
    };
  }

  async sendNow(user: AuthUser, hubId: string, dto: SendNowDto): Promise<SendNowResultDto> {
    await this.policy.authorize(user, hubId, 'hub.edit');
    return { jobId: await this.schedules.sendNow(hubId, dto.cadence, new Date()) };
  }

  /** The organization whose view a preview shows: the one asked for (a member organization of the hub), or the first of the role. */
  private async previewOrganization(hubId: string, query: DigestPreviewQuery): Promise<string> {
    const rows: { organization_id: string }[] = await this.dataSource.query(
      `SELECT organization_id FROM hub_member
        WHERE hub_id = $1 AND status = 'active' AND role = $2 AND ($3::uuid IS NULL OR organization_id = $3)
        ORDER BY created_at LIMIT 1`,
      [hubId, query.role, query.organizationId ?? null],
    );
    if (rows[0]) return rows[0].organization_id;
    throw ApiException.badRequest('Nobody in this hub has that role and organization', {
      [query.organizationId ? 'organizationId' : 'role']: ['has no active member in this hub'],
    });
  }
}
