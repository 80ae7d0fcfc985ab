import { platformAllows } from '@hubspoke/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DigestDto, Page } from '@hubspoke/contracts';
import { IsNull, Repository } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  invalidCursor,
  isTimestampKey,
  timestampKeySql,
  toPage,
  type PageQuery,
} from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { Digest } from './digest.entity';
import { toDigestDto } from './digest.mapper';
import type { OutboxEmailDto } from './digests.dto';
import { OutboxEmail } from './outbox-email.entity';

/** A user's in-app digests, and the local email outbox (the recipient's own; every email for platform admins). */
@Injectable()
export class DigestsService {
  constructor(
    @InjectRepository(Digest) private readonly digests: Repository<Digest>,
    @InjectRepository(OutboxEmail) private readonly outboxEmails: Repository<OutboxEmail>,
    private readonly policy: PolicyService,
  ) {}

  /** Newest first; only digests whose in-app delivery is done. */
  async list(user: AuthUser, query: PageQuery): Promise<Page<DigestDto>> {
    const qb = this.digests
      .createQueryBuilder('d')
      .where('d.user_id = :userId', { userId: user.id })
      .andWhere(
        `EXISTS (SELECT 1 FROM digest_delivery dd WHERE dd.digest_id = d.id AND dd.channel = 'in_app' AND dd.status = 'delivered')`,
      );
    return this.page(qb, 'd', query, toDigestDto);
  }

  /** Idempotent: a digest already read keeps its first readAt. */
  async markRead(user: AuthUser, id: string): Promise<DigestDto> {
    await this.digests.update({ id, userId: user.id, readAt: IsNull() }, { readAt: () => 'now()' });
    const digest = await this.digests.findOneBy({ id, userId: user.id });
    if (!digest) throw ApiException.notFound('Digest');
    return toDigestDto(digest);
  }

  async outbox(user: AuthUser, query: PageQuery): Promise<Page<OutboxEmailDto>> {
    const qb = this.outboxEmails.createQueryBuilder('o');
    if (!platformAllows(await this.policy.account(user), 'outbox.read_all')) {
      qb.where('o.user_id = :userId', { userId: user.id });
    }
    return this.page(qb, 'o', query, (o) => ({
      id: o.id,
      to: o.to,
      subject: o.subject,
      text: o.text,
      html: o.html,
      createdAt: o.createdAt.toISOString(),
    }));
  }

  private async page<E extends { id: string }, R>(
    qb: ReturnType<Repository<E>['createQueryBuilder']>,
    alias: string,
    query: PageQuery,
    map: (entity: E) => R,
  ): Promise<Page<R>> {
    const after = decodeCursor(query.cursor);
    if (after && !isTimestampKey(after[0])) throw invalidCursor();
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    qb.addSelect(timestampKeySql(`${alias}.created_at`), 'cursor_key')
      .orderBy(`${alias}.created_at`, 'DESC')
      .addOrderBy(`${alias}.id`, 'DESC')
      .limit(limit + 1);
    if (after) {
      qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:at::timestamptz, :id::uuid)`, { at: after[0], id: after[1] });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_key: string }>();
    return toPage(
      entities.map((entity, i) => ({ entity, key: raw[i]!.cursor_key })),
      limit,
      ({ entity, key }) => [key, entity.id],
      ({ entity }) => map(entity),
    );
  }
}
