import { MEASUREMENT_STATUSES, type MeasurementStatus } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Goal } from './goal.entity';

@Entity()
@Index(['goalId', 'observedAt'])
export class Measurement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  goal?: Goal;

  @Index()
  @Column({ type: 'uuid' })
  hubId!: string;

  @Column({ type: 'double precision' })
  value!: number;

  @Column({ type: 'timestamptz' })
  observedAt!: Date;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reportedById!: string | null;

  @Column({ type: 'uuid' })
  reportedByOrganizationId!: string;

  /** Set while verified (what counts reads these); the review columns below say who verified or rejected it. */
  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'enum', enum: MEASUREMENT_STATUSES, enumName: 'measurement_status', default: 'pending' })
  status!: MeasurementStatus;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
