import { HUB_VISIBILITIES, type HubVisibility } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintToNumber } from '../../infra/database/transformers';

@Entity()
// the full-text index of search: an expression index, made by the AddSearchIndexes migration
@Index('IDX_hub_search', { synchronize: false })
export class Hub {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  mission!: string;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs!: number[];

  /** SDG target codes such as `3.b`. */
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  sdgTargets!: string[];

  @Column({ type: 'enum', enum: HUB_VISIBILITIES, enumName: 'hub_visibility', default: 'private' })
  visibility!: HubVisibility;

  /** The seq of the hub's latest HubEvent; bumped in the same transaction as the event. */
  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  lastSeq!: number;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
