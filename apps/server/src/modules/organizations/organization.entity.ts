import { SECTORS, type Sector } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity()
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
