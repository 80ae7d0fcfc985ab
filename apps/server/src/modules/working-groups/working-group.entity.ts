import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';
import { HubMember } from '../members/hub-member.entity';

/** A small task force inside a hub, with a lead; see WorkingGroupDto. */
@Entity()
export class WorkingGroup {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  purpose!: string;

  @Column({ type: 'uuid' })
  leadMemberId!: string;

  // NO ACTION, checked at the end of the statement: a hub's deletion takes its groups and members together
  @ManyToOne(() => HubMember, { onDelete: 'NO ACTION' })
  leadMember?: HubMember;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/** A hub member in a working group; the lead has a row too. */
@Entity()
export class WorkingGroupMember {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'CASCADE' })
  group?: WorkingGroup;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => HubMember, { onDelete: 'CASCADE' })
  member?: HubMember;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}
