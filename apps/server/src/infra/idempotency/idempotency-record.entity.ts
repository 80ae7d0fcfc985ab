import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One Idempotency-Key of one caller: the request it was first sent with (its fingerprint) and, once that request
 * succeeded, its answer, written in the write's own transaction. Until then `attempt` names the request that holds the
 * key, for as long as `lockedUntil`; a retry in that time is answered 409.
 */
@Entity()
@Index(['createdAt'])
export class IdempotencyRecord {
  /** `user:<id>` for an account, `ip:<address>` for an anonymous caller. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  /** SHA-256 of method, path and body. */
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  @Column({ type: 'uuid' })
  attempt!: string;

  /** Null once answered. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  responseStatus!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
