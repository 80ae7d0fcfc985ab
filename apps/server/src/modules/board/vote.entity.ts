import {
  CONSTITUENCIES,
  SEAT_KINDS,
  VOTE_CHOICES,
  type Constituency,
  type SeatKind,
  type VoteChoice,
} from '@hubspoke/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BoardSeat } from './board-seat.entity';
import { Resolution } from './resolution.entity';

export const VOTERS = ['holder', 'alternate'] as const;

/**
 * A vote on a resolution, cast for a seat by its holder or its alternate: a record. It keeps the seat and the voter as
 * they were when cast, so changing or removing the seat, or removing the member, alters nothing in it. Only the voter
 * changes their own vote (for that seat, in that place), while the resolution is open; a later holder or alternate of
 * the seat casts a vote of their own.
 */
@Entity()
@Index(['resolutionId', 'seatId', 'castBy', 'voterMemberId'], { unique: true })
export class Vote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => Resolution, { onDelete: 'CASCADE' })
  resolution?: Resolution;

  /**
   * The seat while it is on the board. Removing it only unlinks the vote (SET NULL): seats are really deleted, so a
   * removed seat leaves the board and frees its holder, and the vote keeps what the record needs in the columns below.
   */
  @Column({ type: 'uuid', nullable: true })
  seatId!: string | null;

  @ManyToOne(() => BoardSeat, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'seat_id' })
  seat?: BoardSeat;

  @Column({ type: 'varchar', length: 200 })
  seatTitle!: string;

  @Column({ type: 'enum', enum: SEAT_KINDS, enumName: 'board_seat_kind' })
  seatKind!: SeatKind;

  @Column({ type: 'enum', enum: CONSTITUENCIES, enumName: 'board_constituency' })
  seatConstituency!: Constituency;

  @Column({ type: 'enum', enum: VOTERS, enumName: 'board_voter' })
  castBy!: (typeof VOTERS)[number];

  /** The voter as they were: plain values, no foreign keys, so nothing done to the member or user reaches the vote. */
  @Column({ type: 'uuid' })
  voterMemberId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 120 })
  voterName!: string;

  @Column({ type: 'uuid' })
  voterOrganizationId!: string;

  @Column({ type: 'varchar', length: 200 })
  voterOrganizationName!: string;

  @Column({ type: 'enum', enum: VOTE_CHOICES, enumName: 'vote_choice' })
  choice!: VoteChoice;

  @UpdateDateColumn({ type: 'timestamptz' })
  castAt!: Date;
}
