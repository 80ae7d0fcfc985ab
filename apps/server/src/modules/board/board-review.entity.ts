import type { BoardPackDto } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Hub } from '../hubs/hub.entity';

/**
 * A pack as frozen when its review was scheduled: counts, not words (the words come from the contracts' table as it is
 * read). Packs frozen before tasks done were counted have no `tasksDone`.
 */
export type FrozenPack = Omit<BoardPackDto, 'tasksDone' | 'whatChanged'> & { tasksDone?: number };

/** A board review, with the pack the product assembled when it was scheduled. */
@Entity()
@Index(['hubId', 'scheduledFor'])
export class BoardReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'timestamptz' })
  scheduledFor!: Date;

  @Column({ type: 'jsonb' })
  pack!: FrozenPack;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Who has read a review's pack, and when. */
@Entity()
export class BoardPackRead {
  @PrimaryColumn({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => BoardReview, { onDelete: 'CASCADE' })
  review?: BoardReview;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
