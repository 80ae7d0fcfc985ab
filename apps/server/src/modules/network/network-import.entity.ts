import { IMPORT_STATUSES, type ImportRowErrorDto, type ImportStatus, type NetworkImportDto } from '@hubspoke/contracts';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';

export const IMPORT_FORMATS = ['json', 'csv'] as const;
export const CSV_TABLES = ['organizations', 'relationships'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** An uploaded file of organizations and relationships, imported by the worker: all of it, or nothing. */
@Entity()
export class NetworkImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  createdBy?: User;

  @Column({ type: 'enum', enum: IMPORT_STATUSES, enumName: 'network_import_status', default: 'queued' })
  status!: ImportStatus;

  @Column({ type: 'enum', enum: IMPORT_FORMATS, enumName: 'network_import_format' })
  format!: NetworkImportDto['format'];

  /** Which table a CSV file holds; null for JSON, which holds both. */
  @Column({ type: 'enum', enum: CSV_TABLES, enumName: 'network_import_table', nullable: true })
  csvTable!: CsvTable | null;

  /** The file, until the import ends. */
  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ type: 'int', default: 0 })
  progressDone!: number;

  @Column({ type: 'int', default: 0 })
  progressTotal!: number;

  @Column({ type: 'jsonb', nullable: true })
  counts!: NetworkImportDto['counts'];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: ImportRowErrorDto[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
