import {
  GOAL_DIRECTIONS,
  ITEM_VISIBILITIES,
  ROLL_UP_METHODS,
  type GoalDirection,
  type ItemVisibility,
  type RollUpMethod,
} from '@hubspoke/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Hub } from '../hubs/hub.entity';
import { Metric } from '../metrics/metric.entity';
import { Organization } from '../organizations/organization.entity';
import { WorkingGroup } from '../working-groups/working-group.entity';

@Entity()
@Check('CHK_goal_group_visibility', `"visibility" = 'hub' OR "working_group_id" IS NOT NULL`)
@Index(['hubId', 'createdAt', 'id'])
@Index(['hubId', 'workingGroupId'])
// the full-text index of search: an expression index, made by the AddSearchIndexes migration
@Index('IDX_goal_search', { synchronize: false })
export class Goal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL' })
  parent?: Goal;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** An SDG indicator code from the catalog (`3.b.1`), or null for a custom metric. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  indicatorCode!: string | null;

  /** A custom metric of the catalog; a goal measures an SDG indicator or a custom metric, not both. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  customMetricId!: string | null;

  @ManyToOne(() => Metric, { onDelete: 'SET NULL' })
  customMetric?: Metric;

  /** The working group it belongs to, if any. */
  @Column({ type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  workingGroup?: WorkingGroup;

  /** `group`: only the working group's members and the secretariat see it. */
  @Column({ type: 'enum', enum: ITEM_VISIBILITIES, enumName: 'item_visibility', default: 'hub' })
  visibility!: ItemVisibility;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'double precision' })
  baseline!: number;

  @Column({ type: 'double precision' })
  target!: number;

  @Column({ type: 'enum', enum: GOAL_DIRECTIONS, enumName: 'goal_direction' })
  direction!: GoalDirection;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  ownerOrganization?: Organization;

  /** Set when the goal rolls up the goals its child hubs map to it. */
  @Column({ type: 'enum', enum: ROLL_UP_METHODS, enumName: 'roll_up_method', nullable: true })
  rollUpMethod!: RollUpMethod | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
