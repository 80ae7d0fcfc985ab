import {
  MAJORITY_RULES,
  RESOLUTION_STATUSES,
  type ClosingSeatDto,
  type MajorityRule,
  type ResolutionStatus,
} from '@hubspoke/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';
import type { TallyCount } from './tally';

/** A resolution's count as it stood when it closed. */
export interface FinalTally {
  tally: TallyCount;
  /** The seats eligible at the close, as they were then. */
  seats: ClosingSeatDto[];
  /** The votes that counted, at most one per seat. */
  countedVoteIds: string[];
}

/** A motion put to the board's vote until its deadline (votes between meetings). */
@Entity()
@Check(`("status" = 'open') = ("final_tally" IS NULL)`)
@Index(['hubId', 'createdAt'])
@Index(['status', 'deadline'])
export class Resolution {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  motion!: string;

  @Column({ type: 'enum', enum: RESOLUTION_STATUSES, enumName: 'resolution_status', default: 'open' })
  status!: ResolutionStatus;

  /** The rules fixed when proposed, so changing them later does not change an open vote. */
  @Column({ type: 'double precision' })
  quorum!: number;

  @Column({ type: 'enum', enum: MAJORITY_RULES, enumName: 'board_majority' })
  majority!: MajorityRule;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Stored once when the resolution closes, so nothing done to the board afterwards changes a decided vote. */
  @Column({ type: 'jsonb', nullable: true })
  finalTally!: FinalTally | null;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
