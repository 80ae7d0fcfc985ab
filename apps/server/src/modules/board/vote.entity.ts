import { VOTE_CHOICES, type VoteChoice } from '@hubspoke/contracts';
import { Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BoardSeat } from './board-seat.entity';
import { Resolution } from './resolution.entity';

export const VOTERS = ['holder', 'alternate'] as const;

/** A seat's vote on a resolution, by its holder or its alternate; each may change theirs until the vote closes. */
@Entity()
export class Vote {
  @PrimaryColumn({ type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => Resolution, { onDelete: 'CASCADE' })
  resolution?: Resolution;

  @PrimaryColumn({ type: 'uuid' })
  seatId!: string;

  @ManyToOne(() => BoardSeat, { onDelete: 'CASCADE' })
  seat?: BoardSeat;

  @PrimaryColumn({ type: 'enum', enum: VOTERS, enumName: 'board_voter' })
  castBy!: (typeof VOTERS)[number];

  @Column({ type: 'enum', enum: VOTE_CHOICES, enumName: 'vote_choice' })
  choice!: VoteChoice;

  @Column({ type: 'uuid' })
  userId!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  castAt!: Date;
}
