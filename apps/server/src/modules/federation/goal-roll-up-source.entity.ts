import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Goal } from '../goals/goal.entity';
import { Hub } from '../hubs/hub.entity';

/** A child hub's goal mapped to a parent hub's goal, which rolls it up with the declared weight. */
@Entity()
// a child hub maps one of its goals to a parent goal, and a goal rolls up into one parent goal
@Index(['parentGoalId', 'childHubId'], { unique: true })
@Index(['childGoalId'], { unique: true })
export class GoalRollUpSource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  parentGoalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  parentGoal?: Goal;

  @Index()
  @Column({ type: 'uuid' })
  parentHubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  parentHub?: Hub;

  @Column({ type: 'uuid' })
  childGoalId!: string;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  childGoal?: Goal;

  @Index()
  @Column({ type: 'uuid' })
  childHubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  childHub?: Hub;

  /** For a weighted mean; other methods ignore it. */
  @Column({ type: 'double precision', default: 1 })
  weight!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
