import { Injectable } from '@nestjs/common';
import { CONSTITUENCIES, type BoardCompositionDto, type BoardRulesDto, type BoardSeatDto } from '@hubspoke/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { BoardRules, DEFAULT_BOARD_RULES } from './board-rules.entity';
import { BoardSeat } from './board-seat.entity';
import { readSeats } from './board-seats.reader';
import type { BoardRulesInputDto, CreateSeatDto, UpdateSeatDto } from './board.dto';

/** A hub's board: its seats (holders and alternates among the hub's board members) and its decision rules. */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  async composition(user: AuthUser, hubId: string): Promise<BoardCompositionDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const manager = this.dataSource.manager;
    const [seats, rules] = await Promise.all([readSeats(manager, hubId), rulesOf(manager, hubId)]);
    const byConstituency = Object.fromEntries(
      CONSTITUENCIES.map((c) => [c, 0]),
    ) as BoardCompositionDto['byConstituency'];
    const bySector: Record<string, number> = {};
    for (const seat of seats) {
      byConstituency[seat.constituency] += 1;
      bySector[seat.holder.organization.sector] = (bySector[seat.holder.organization.sector] ?? 0) + 1;
    }
    return { seats, rules, byConstituency, bySector };
  }

  createSeat(user: AuthUser, hubId: string, dto: CreateSeatDto): Promise<BoardSeatDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      await assertSeatPeople(tx.manager, hubId, dto.holderMemberId, dto.alternateMemberId ?? null);
      const { identifiers } = await tx.manager.insert(BoardSeat, {
        hubId,
        title: dto.title,
        kind: dto.kind,
        constituency: dto.constituency,
        holderMemberId: dto.holderMemberId,
        alternateMemberId: dto.alternateMemberId ?? null,
      });
      const [seat] = await readSeats(tx.manager, hubId, identifiers[0]!.id as string);
      await tx.emit({ hubId, type: 'board.seat_saved', actorId: user.id, entityId: seat!.id, payload: seat });
      return seat!;
    });
  }

  updateSeat(user: AuthUser, hubId: string, seatId: string, dto: UpdateSeatDto): Promise<BoardSeatDto> {
    const { version, ...fields } = dto;
    const changes = sentFields(fields);
    if (Object.keys(changes).length === 0) {
      throw ApiException.badRequest('Nothing to change', { version: ['send at least one field to change'] });
    }
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      const current = await tx.manager.findOneBy(BoardSeat, { id: seatId, hubId });
      if (!current) throw ApiException.notFound('Seat');
      const next = { ...current, ...changes };
      await assertSeatPeople(tx.manager, hubId, next.holderMemberId, next.alternateMemberId, seatId);
      const { affected } = await tx.manager.update(
        BoardSeat,
        { id: seatId, version },
        { ...changes, version: version + 1 },
      );
      if (!affected) throw ApiException.staleVersion((await readSeats(tx.manager, hubId, seatId))[0]);
      const [seat] = await readSeats(tx.manager, hubId, seatId);
      await tx.emit({ hubId, type: 'board.seat_saved', actorId: user.id, entityId: seatId, payload: seat });
      return seat!;
    });
  }

  removeSeat(user: AuthUser, hubId: string, seatId: string, version: number): Promise<void> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      const [seat] = await readSeats(tx.manager, hubId, seatId);
      if (!seat) throw ApiException.notFound('Seat');
      const { affected } = await tx.manager.delete(BoardSeat, { id: seatId, version });
      if (!affected) throw ApiException.staleVersion(seat);
      await tx.emit({ hubId, type: 'board.seat_removed', actorId: user.id, entityId: seatId, payload: seat });
    });
  }

  setRules(user: AuthUser, hubId: string, dto: BoardRulesInputDto): Promise<BoardRulesDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'review.create', undefined, tx.manager);
      const rules = { quorum: dto.quorum, majority: dto.majority };
      await tx.manager.upsert(BoardRules, { hubId, ...rules }, ['hubId']);
      await tx.emit({ hubId, type: 'board.rules_changed', actorId: user.id, entityId: hubId, payload: rules });
      return rules;
    });
  }
}

export async function rulesOf(manager: EntityManager, hubId: string): Promise<BoardRulesDto> {
  const row = await manager.findOneBy(BoardRules, { hubId });
  return row ? { quorum: row.quorum, majority: row.majority } : { ...DEFAULT_BOARD_RULES };
}

/** Holder and alternate: two different active board members of the hub; a holder holds one seat. */
async function assertSeatPeople(
  manager: EntityManager,
  hubId: string,
  holderId: string,
  alternateId: string | null,
  seatId?: string,
): Promise<void> {
  const ids = alternateId ? [holderId, alternateId] : [holderId];
  const board: { id: string }[] = await manager.query(
    `SELECT id FROM hub_member WHERE hub_id = $1 AND id = ANY($2::uuid[]) AND role = 'board' AND status = 'active'
       AND user_id IS NOT NULL`,
    [hubId, ids],
  );
  const isBoard = (id: string) => board.some((m) => m.id === id);
  const details: Record<string, string[]> = {};
  if (!isBoard(holderId)) details.holderMemberId = ['must be an active board member of this hub'];
  if (alternateId && !isBoard(alternateId)) details.alternateMemberId = ['must be an active board member of this hub'];
  if (alternateId === holderId) details.alternateMemberId = ['must differ from the holder'];
  const [taken]: unknown[] = await manager.query(
    `SELECT 1 FROM board_seat WHERE hub_id = $1 AND holder_member_id = $2 AND ($3::uuid IS NULL OR id <> $3)`,
    [hubId, holderId, seatId ?? null],
  );
  if (taken) details.holderMemberId = [...(details.holderMemberId ?? []), 'already holds a seat'];
  if (Object.keys(details).length > 0) throw ApiException.badRequest('Some fields are invalid', details);
}
