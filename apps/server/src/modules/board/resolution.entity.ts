import { MAJORITY_RULES, RESOLUTION_STATUSES, type MajorityRule, type ResolutionStatus } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';

/** A motion put to the board's vote until its deadline (votes between meetings). */
@Entity()
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

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
