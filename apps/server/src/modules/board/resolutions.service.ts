import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HubEventTypeOf, Page, ResolutionDto } from '@hubspoke/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Tx, UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { rulesOf } from './board.service';
import type { CastVoteDto, ProposeResolutionDto, ResolutionsQuery } from './board.dto';
import { closeResolution } from './resolution-closing';
import { Resolution } from './resolution.entity';
import { everyHolderVoted, readResolutions } from './resolutions.reader';
import { recordVote, votingSeats } from './vote-casting';

const MAX_VOTING_DAYS = 366;

/** Resolutions put to a hub's board: proposed by the secretariat, voted by seat until the deadline, then decided. */
@Injectable()
export class ResolutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  propose(user: AuthUser, hubId: string, dto: ProposeResolutionDto): Promise<ResolutionDto> {
    const deadline = new Date(dto.deadline);
    const now = Date.now();
    if (deadline.getTime() <= now || deadline.getTime() > now + MAX_VOTING_DAYS * 86_400_000) {
      throw ApiException.badRequest('Some fields are invalid', { deadline: ['must be in the future, within a year'] });
    }
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      const rules = await rulesOf(tx.manager, hubId);
      const { identifiers } = await tx.manager.insert(Resolution, {
        hubId,
        title: dto.title,
        motion: dto.motion,
        quorum: rules.quorum,
        majority: rules.majority,
        deadline,
        proposedById: user.id,
      });
      return this.emit(tx, user.id, 'resolution.proposed', hubId, identifiers[0]!.id as string);
    });
  }

  async list(user: AuthUser, hubId: string, query: ResolutionsQuery): Promise<Page<ResolutionDto>> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor);
    const rows = await this.dataSource.query<{ id: string; created_at: Date }[]>(
      `SELECT id, created_at FROM resolution
        WHERE hub_id = $1 AND ($2::resolution_status IS NULL OR status = $2)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [hubId, query.status ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    const page = toPage(
      rows,
      limit,
      (r) => [r.created_at.toISOString(), r.id],
      (r) => r.id,
    );
    const items = await readResolutions(this.dataSource.manager, hubId, page.items);
    return { items, nextCursor: page.nextCursor };
  }

  async get(user: AuthUser, hubId: string, resolutionId: string): Promise<ResolutionDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    return this.load(this.dataSource.manager, hubId, resolutionId);
  }

  /**
   * A board member's vote for a seat they hold or are the alternate of, recorded with the seat and the voter as they
   * are now; each may change their own vote while the vote is open. Once every seat's holder has voted, the resolution
   * is decided at once.
   */
  vote(user: AuthUser, hubId: string, resolutionId: string, dto: CastVoteDto): Promise<ResolutionDto> {
    return this.uow.run(async (tx) => {
      const access = await this.policy.access(user, hubId, tx.manager);
      this.policy.check(access, 'hub.read');
      const resolution = await this.lock(tx.manager, hubId, resolutionId);
      this.policy.check(access, 'review.vote');
      assertOpen(resolution);
      const { member } = access;
      const seats = await votingSeats(tx.manager, hubId, member.memberId, dto.seatId);
      if (seats.length === 0) throw ApiException.forbidden('You hold no seat on this board, or not this one');
      if (seats.length > 1) {
        throw ApiException.badRequest('Choose the seat', { seatId: ['you vote for several seats: name one'] });
      }
      await recordVote(tx.manager, {
        resolutionId: resolution.id,
        seat: seats[0]!,
        memberId: member.memberId,
        choice: dto.choice,
      });
      if (await everyHolderVoted(tx.manager, hubId, resolution.id))
        return this.finish(tx, user.id, resolution, 'decide');
      return this.emit(tx, user.id, 'resolution.voted', hubId, resolution.id);
    });
  }

  /** Decides an open resolution now (secretariat), or withdraws it. */
  close(user: AuthUser, hubId: string, resolutionId: string, withdraw: boolean): Promise<ResolutionDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      const resolution = await this.lockOpen(tx.manager, hubId, resolutionId);
      return this.finish(tx, user.id, resolution, withdraw ? 'withdraw' : 'decide');
    });
  }

  /** Decides the open resolutions whose deadline has passed; each at most once, whichever instance gets there first. */
  async closeDue(): Promise<number> {
    const due: { id: string; hub_id: string }[] = await this.dataSource.query(
      `SELECT id, hub_id FROM resolution WHERE status = 'open' AND deadline <= now() ORDER BY deadline LIMIT 100`,
    );
    let closed = 0;
    for (const { id, hub_id } of due) {
      closed += await this.uow.run(async (tx) => {
        const [row] = await tx.manager.query(
          `SELECT id FROM resolution WHERE id = $1 AND status = 'open' FOR UPDATE SKIP LOCKED`,
          [id],
        );
        if (!row) return 0;
        await this.finish(tx, null, await tx.manager.findOneByOrFail(Resolution, { id, hubId: hub_id }), 'decide');
        return 1;
      });
    }
    return closed;
  }

  /** The resolution, locked for this transaction; 404 outside the hub. */
  private async lock(manager: EntityManager, hubId: string, resolutionId: string): Promise<Resolution> {
    const [row] = await manager.query(`SELECT id FROM resolution WHERE id = $1 AND hub_id = $2 FOR UPDATE`, [
      resolutionId,
      hubId,
    ]);
    if (!row) throw ApiException.notFound('Resolution');
    return manager.findOneByOrFail(Resolution, { id: resolutionId });
  }

  private async lockOpen(manager: EntityManager, hubId: string, resolutionId: string): Promise<Resolution> {
    const resolution = await this.lock(manager, hubId, resolutionId);
    assertOpen(resolution);
    return resolution;
  }

  /** Closes the resolution for good, its tally frozen: decided by that tally, or withdrawn. */
  private async finish(tx: Tx, actorId: string | null, resolution: Resolution, how: 'decide' | 'withdraw') {
    await closeResolution(tx.manager, resolution, how, new Date());
    return this.emit(tx, actorId, 'resolution.closed', resolution.hubId, resolution.id);
  }

  private async emit(
    tx: Tx,
    actorId: string | null,
    type: HubEventTypeOf<ResolutionDto>,
    hubId: string,
    resolutionId: string,
  ): Promise<ResolutionDto> {
    const resolution = await this.load(tx.manager, hubId, resolutionId);
    await tx.emit({ hubId, type, actorId, entityId: resolutionId, payload: resolution });
    return resolution;
  }

  private async load(manager: EntityManager, hubId: string, resolutionId: string): Promise<ResolutionDto> {
    const [resolution] = await readResolutions(manager, hubId, [resolutionId]);
    if (!resolution) throw ApiException.notFound('Resolution');
    return resolution;
  }
}

function assertOpen(resolution: Resolution): void {
  if (resolution.status !== 'open' || resolution.deadline.getTime() <= Date.now()) {
    throw ApiException.conflict('This resolution is no longer open for votes');
  }
}
