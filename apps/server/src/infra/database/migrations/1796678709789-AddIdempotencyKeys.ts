import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key records: a POST's key per caller, its request's fingerprint and its answer, kept 24 h. */
export class AddIdempotencyKeys1796678709789 implements MigrationInterface {
  name = 'AddIdempotencyKeys1796678709789';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_record" ("scope" character varying(80) NOT NULL, "key" character varying(255) NOT NULL, "fingerprint" character(64) NOT NULL, "attempt" uuid NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, "response_status" smallint, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43ea3d50a854b79e2f59aaad8a8" PRIMARY KEY ("scope", "key"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7e9be864bd21cd6f061f74d9cf" ON "idempotency_record"  ("created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7e9be864bd21cd6f061f74d9cf"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}
