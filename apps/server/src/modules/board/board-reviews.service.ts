import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoardQueueDto, BoardReviewDto, PackReaderDto } from '@hubspoke/contracts';
import { DataSource, In } from 'typeorm';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { BoardPackBuilder } from './board-pack.builder';
import { BoardPackRead, BoardReview } from './board-review.entity';
import { toReviewDto } from './board-review.mapper';
import type { ScheduleReviewDto } from './board.dto';

/** Board reviews: scheduled by the secretariat with a pack assembled and frozen at once; read by the board. */
@Injectable()
export class BoardReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly packs: BoardPackBuilder,
  ) {}

  schedule(user: AuthUser, hubId: string, dto: ScheduleReviewDto): Promise<BoardReviewDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      // one review scheduled at a time per hub, so each pack's period starts where the previous one ended
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('board_review:' || $1))`, [hubId]);
      const pack = await this.packs.build(tx.manager, hubId, new Date());
      const { identifiers } = await tx.manager.insert(BoardReview, {
        hubId,
        title: dto.title,
        scheduledFor: new Date(dto.scheduledFor),
        pack,
        createdById: user.id,
      });
      const review = await this.load(hubId, identifiers[0]!.id as string, user.id, tx.manager);
      const { pack: _pack, ...summary } = review;
      await tx.emit({ hubId, type: 'review.scheduled', actorId: user.id, entityId: review.id, payload: summary });
      return review;
    });
  }

  async list(user: AuthUser, hubId: string): Promise<BoardReviewDto[]> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const reviews = await this.dataSource.manager.find(BoardReview, {
      where: { hubId },
      order: { scheduledFor: 'DESC', id: 'ASC' },
      take: 100,
    });
    const read = await this.dataSource.manager.findBy(BoardPackRead, {
      userId: user.id,
      reviewId: In(reviews.map((r) => r.id)),
    });
    const readIds = new Set(read.map((r) => r.reviewId));
    return reviews.map((review) => toReviewDto(review, readIds.has(review.id)));
  }

  async get(user: AuthUser, hubId: string, reviewId: string): Promise<BoardReviewDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    return this.load(hubId, reviewId, user.id);
  }

  /** Marks the pack read by the caller (idempotent: the first reading counts). */
  async markRead(user: AuthUser, hubId: string, reviewId: string): Promise<BoardReviewDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    await this.load(hubId, reviewId, user.id);
    await this.dataSource.query(
      `INSERT INTO board_pack_read (review_id, user_id, read_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING`,
      [reviewId, user.id],
    );
    return this.load(hubId, reviewId, user.id);
  }

  /** The hub's board members and whether each has read the pack (secretariat). */
  async readers(user: AuthUser, hubId: string, reviewId: string): Promise<PackReaderDto[]> {
    await this.policy.authorize(user, hubId, 'review.create');
    await this.load(hubId, reviewId, user.id);
    return this.dataSource.query(
      `SELECT m.id AS "memberId", u.name, r.read_at AS "readAt"
         FROM hub_member m JOIN "user" u ON u.id = m.user_id
         LEFT JOIN board_pack_read r ON r.review_id = $2 AND r.user_id = m.user_id
        WHERE m.hub_id = $1 AND m.role = 'board' AND m.status = 'active'
        ORDER BY r.read_at NULLS LAST, u.name`,
      [hubId, reviewId],
    );
  }

  /** What awaits a board member in every hub they sit on: packs to read and votes to cast. */
  async queue(user: AuthUser): Promise<BoardQueueDto> {
    const [packsToRead, votesToCast] = await Promise.all([
      this.dataSource.query<BoardQueueDto['packsToRead']>(
        `SELECT h.id AS "hubId", h.name AS "hubName", b.id AS "reviewId", b.title, b.scheduled_for AS "scheduledFor"
           FROM hub_member m JOIN hub h ON h.id = m.hub_id AND h.archived_at IS NULL
           JOIN board_review b ON b.hub_id = m.hub_id AND b.scheduled_for > now() - interval '30 days'
          WHERE m.user_id = $1 AND m.role = 'board' AND m.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM board_pack_read r WHERE r.review_id = b.id AND r.user_id = $1)
          ORDER BY b.scheduled_for`,
        [user.id],
      ),
      this.dataSource.query<BoardQueueDto['votesToCast']>(
        `SELECT h.id AS "hubId", h.name AS "hubName", r.id AS "resolutionId", r.title, r.deadline, s.id AS "seatId"
           FROM hub_member m JOIN hub h ON h.id = m.hub_id AND h.archived_at IS NULL
           JOIN board_seat s ON s.hub_id = m.hub_id AND (s.holder_member_id = m.id OR s.alternate_member_id = m.id)
           JOIN resolution r ON r.hub_id = m.hub_id AND r.status = 'open' AND r.deadline > now()
          WHERE m.user_id = $1 AND m.role = 'board' AND m.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.resolution_id = r.id AND v.seat_id = s.id AND v.user_id = $1)
          ORDER BY r.deadline`,
        [user.id],
      ),
    ]);
    return {
      packsToRead: packsToRead.map((p) => ({ ...p, scheduledFor: new Date(p.scheduledFor).toISOString() })),
      votesToCast: votesToCast.map((v) => ({ ...v, deadline: new Date(v.deadline).toISOString() })),
    };
  }

  private async load(
    hubId: string,
    reviewId: string,
    userId: string,
    manager = this.dataSource.manager,
  ): Promise<BoardReviewDto> {
    const review = await manager.findOneBy(BoardReview, { id: reviewId, hubId });
    if (!review) throw ApiException.notFound('Review');
    return toReviewDto(review, await manager.existsBy(BoardPackRead, { reviewId, userId }));
  }
}
