import { CONSTITUENCIES, SEAT_KINDS, type Constituency, type SeatKind } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Hub } from '../hubs/hub.entity';
import { HubMember } from '../members/hub-member.entity';

/** A seat on a hub's board, held by a board member, with an optional alternate who votes when the holder does not. */
@Entity()
export class BoardSeat {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  hubId!: string;

  @ManyToOne(() => Hub, { onDelete: 'CASCADE' })
  hub?: Hub;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'enum', enum: SEAT_KINDS, enumName: 'board_seat_kind' })
  kind!: SeatKind;

  @Column({ type: 'enum', enum: CONSTITUENCIES, enumName: 'board_constituency' })
  constituency!: Constituency;

  @Column({ type: 'uuid' })
  holderMemberId!: string;

  @ManyToOne(() => HubMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'holder_member_id' })
  holder?: HubMember;

  @Column({ type: 'uuid', nullable: true })
  alternateMemberId!: string | null;

  @ManyToOne(() => HubMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'alternate_member_id' })
  alternate?: HubMember;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
