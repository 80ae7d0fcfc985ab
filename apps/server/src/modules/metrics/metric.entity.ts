import { METRIC_KINDS, type MetricKind } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';

/** The metric catalog: every SDG indicator (from the framework, by migration) and the custom metrics hubs define. */
@Entity()
@Index(['code'], { unique: true, where: 'hub_id IS NULL' })
export class Metric {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: METRIC_KINDS, enumName: 'metric_kind' })
  kind!: MetricKind;

  /** The SDG indicator code; null for a custom metric. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  code!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  hubId!: string | null;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'varchar', length: 500 })
  name!: string;

  @Column({ type: 'text', default: '' })
  definition!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  unit!: string | null;

  @Column({ type: 'text', default: '' })
  calculation!: string;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs!: number[];

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  sdgTargets!: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
