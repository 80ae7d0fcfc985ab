import { SECTORS, type Sector } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity()
// the full-text index of search: an expression index, made by the AddSearchIndexes migration
@Index('IDX_organization_search', { synchronize: false })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  shortName!: string | null;

  @Index()
  @Column({ type: 'enum', enum: SECTORS, enumName: 'sector' })
  sector!: Sector;

  /** ISO 3166-1 alpha-2, upper-case. */
  @Index()
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs!: number[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Since when it has an approved admin; null while unclaimed. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /** When a platform admin checked it; null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  /** Lower-case email domains a platform admin verified; verified people with an address there join on their own. */
  @Column({ type: 'varchar', length: 253, array: true, default: () => "'{}'" })
  emailDomains!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
