import {
  ITEM_VISIBILITIES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  type ItemVisibility,
  type TaskPriority,
  type TaskStatus,
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
import { Goal } from '../goals/goal.entity';
import { Organization } from '../organizations/organization.entity';
import { WorkingGroup } from '../working-groups/working-group.entity';

@Entity()
@Check('CHK_task_group_visibility', `"visibility" = 'hub' OR "working_group_id" IS NOT NULL`)
@Index(['hubId', 'status', 'position'])
@Index(['hubId', 'dueDate'], { where: `"status" <> 'done'` })
@Index(['hubId', 'createdAt', 'id'])
@Index(['hubId', 'assigneeOrganizationId'])
@Index(['hubId', 'goalId'])
@Index(['hubId', 'workingGroupId'])
// the full-text index of search: an expression index, made by the AddSearchIndexes migration
@Index('IDX_task_search', { synchronize: false })
export class Task {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'uuid', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => Goal, { onDelete: 'SET NULL' })
  goal?: Goal;

  @Column({ type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  @ManyToOne(() => WorkingGroup, { onDelete: 'SET NULL' })
  workingGroup?: WorkingGroup;

  /** `group`: only the working group's members and the secretariat see it. */
  @Column({ type: 'enum', enum: ITEM_VISIBILITIES, enumName: 'item_visibility', default: 'hub' })
  visibility!: ItemVisibility;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'enum', enum: TASK_STATUSES, enumName: 'task_status', default: 'todo' })
  status!: TaskStatus;

  @Column({ type: 'enum', enum: TASK_PRIORITIES, enumName: 'task_priority', default: 'medium' })
  priority!: TaskPriority;

  @Column({ type: 'uuid', nullable: true })
  assigneeOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  assigneeOrganization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByOrganizationId!: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  /** Board order within a status column; clients place a moved card between its neighbours. */
  @Column({ type: 'double precision', default: 0 })
  position!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
