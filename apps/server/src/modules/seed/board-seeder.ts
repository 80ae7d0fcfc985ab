import type { BoardRulesDto, HubEventPayloads, HubEventType, HubEventTypeOf, ResolutionDto } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import type { Tx } from '../activity/unit-of-work';
import { BoardPackRead, BoardReview } from '../board/board-review.entity';
import { toReviewDto } from '../board/board-review.mapper';
import { BoardRules } from '../board/board-rules.entity';
import { BoardSeat } from '../board/board-seat.entity';
import { readSeats } from '../board/board-seats.reader';
import { rulesOf } from '../board/board.service';
import { closeResolution } from '../board/resolution-closing';
import { Resolution } from '../board/resolution.entity';
import { everyHolderVoted, readResolutions } from '../board/resolutions.reader';
import { recordVote } from '../board/vote-casting';
import type { HubMember } from '../members/hub-member.entity';
import type { DemoResolution, DemoReview, DemoSeat, DemoVote } from './demo-data';
import { dayAt, found, type SeedDirectory } from './seed-directory';
import type { BoardStep } from './timeline';

type Person = HubMember & { userId: string };

/** The people of the hub being seeded. */
export interface HubPeople {
  /** The active member a person (by email) is in the hub. */
  member(email: string): Person;
  /** The secretariat person, who runs the board. */
  secretariat(): Person;
}

/**
 * Replays a hub's board history in the seed's transaction the way the api writes it (BoardService, ResolutionsService,
 * BoardReviewsService), each change with its HubEvent dated to the step.
 */
export class BoardSeeder {
  private readonly manager: EntityManager;
  private readonly seats: BoardSeat[] = [];
  private readonly resolutions = new Map<DemoResolution, Resolution>();

  constructor(
    private readonly tx: Tx,
    private readonly dir: SeedDirectory,
    private readonly hubId: string,
    private readonly people: HubPeople,
  ) {
    this.manager = tx.manager;
  }

  apply(step: BoardStep, at: Date): Promise<void> {
    switch (step.kind) {
      case 'rules':
        return this.setRules(step.rules, at);
      case 'seat':
        return this.createSeat(step.seat, at);
      case 'resolution':
        return this.propose(step.resolution, at);
      case 'vote':
        return this.vote(step.resolution, step.vote, at);
      case 'deadline':
        return this.decide(this.resolution(step.resolution), null, at);
      case 'review':
        return this.schedule(step.review, at);
    }
  }

  private async setRules(rules: BoardRulesDto, at: Date): Promise<void> {
    await this.manager.upsert(BoardRules, { hubId: this.hubId, ...rules }, ['hubId']);
    await this.emit(at, 'board.rules_changed', this.people.secretariat().userId, this.hubId, rules);
  }

  private async createSeat(seat: DemoSeat, at: Date): Promise<void> {
    const row = await this.manager.save(
      this.manager.create(BoardSeat, {
        hubId: this.hubId,
        title: seat.title,
        kind: seat.kind,
        constituency: seat.constituency,
        holderMemberId: this.people.member(seat.holder).id,
        alternateMemberId: seat.alternate ? this.people.member(seat.alternate).id : null,
        createdAt: at,
      }),
    );
    this.seats.push(row);
    const [saved] = await readSeats(this.manager, this.hubId, row.id);
    await this.emit(at, 'board.seat_saved', this.people.secretariat().userId, row.id, saved);
  }

  private async propose(resolution: DemoResolution, at: Date): Promise<void> {
    const rules = await rulesOf(this.manager, this.hubId);
    const row = await this.manager.save(
      this.manager.create(Resolution, {
        hubId: this.hubId,
        title: resolution.title,
        motion: resolution.motion,
        quorum: rules.quorum,
        majority: rules.majority,
        deadline: dayAt(this.dir, resolution.deadline),
        proposedById: this.people.secretariat().userId,
        createdAt: at,
      }),
    );
    this.resolutions.set(resolution, row);
    await this.emitResolution(at, 'resolution.proposed', row.proposedById, row);
  }

  /** A vote for the seat the person holds or alternates; once every holder has voted, the resolution is decided. */
  private async vote(resolution: DemoResolution, vote: DemoVote, at: Date): Promise<void> {
    const row = this.resolution(resolution);
    const voter = this.people.member(vote.by);
    const seat = found(
      this.seats.find((s) => s.holderMemberId === voter.id || s.alternateMemberId === voter.id),
      `seat of ${vote.by}`,
    );
    await recordVote(this.manager, {
      resolutionId: row.id,
      seat: { id: seat.id, castBy: seat.holderMemberId === voter.id ? 'holder' : 'alternate' },
      memberId: voter.id,
      choice: vote.choice,
      castAt: at,
    });
    if (await everyHolderVoted(this.manager, this.hubId, row.id)) return this.decide(row, voter.userId, at);
    await this.emitResolution(at, 'resolution.voted', voter.userId, row);
  }

  /** Records the outcome of an open resolution, its tally frozen (a vote that completed it, or its deadline: no actor). */
  private async decide(row: Resolution, actorId: string | null, at: Date): Promise<void> {
    if (row.status !== 'open') return;
    Object.assign(row, await closeResolution(this.manager, row, 'decide', at));
    await this.emitResolution(at, 'resolution.closed', actorId, row);
  }

  /** Schedules a review with its pack assembled (and frozen) now, and records who has read it. */
  private async schedule(review: DemoReview, at: Date): Promise<void> {
    const secretariat = this.people.secretariat();
    const row = await this.manager.save(
      this.manager.create(BoardReview, {
        hubId: this.hubId,
        title: review.title,
        scheduledFor: dayAt(this.dir, review.scheduledFor),
        pack: await this.dir.packs.build(this.manager, this.hubId, at),
        createdById: secretariat.userId,
        createdAt: at,
      }),
    );
    if (review.readBy.length > 0) {
      await this.manager.insert(
        BoardPackRead,
        review.readBy.map((email) => ({ reviewId: row.id, userId: this.people.member(email).userId, readAt: at })),
      );
    }
    const { pack: _pack, ...summary } = toReviewDto(row, false);
    await this.emit(at, 'review.scheduled', secretariat.userId, row.id, summary);
  }

  private async emitResolution(
    at: Date,
    type: HubEventTypeOf<ResolutionDto>,
    actorId: string | null,
    row: Resolution,
  ): Promise<void> {
    const [resolution] = await readResolutions(this.manager, this.hubId, [row.id]);
    await this.emit(at, type, actorId, row.id, resolution);
  }

  private emit<K extends HubEventType>(
    at: Date,
    type: K,
    actorId: string | null,
    entityId: string,
    payload: HubEventPayloads[K],
  ) {
    return this.tx.emit({ hubId: this.hubId, type, actorId, entityId, payload, at });
  }

  private resolution(resolution: DemoResolution): Resolution {
    return found(this.resolutions.get(resolution), `resolution "${resolution.title}"`);
  }
}
