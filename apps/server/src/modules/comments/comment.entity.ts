import { COMMENT_TARGETS, type CommentTarget } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';

@Entity()
@Index(['targetType', 'targetId', 'createdAt', 'id'])
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'enum', enum: COMMENT_TARGETS, enumName: 'comment_target' })
  targetType!: CommentTarget;

  @Column({ type: 'uuid' })
  targetId!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorOrganizationId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
