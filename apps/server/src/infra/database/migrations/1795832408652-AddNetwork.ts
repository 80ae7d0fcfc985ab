import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNetwork1795832408652 implements MigrationInterface {
  name = 'AddNetwork1795832408652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "network_analysis" ("scope" smallint NOT NULL, "analyzed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "input_hash" character varying(64) NOT NULL, "summary" jsonb NOT NULL, "metrics" jsonb NOT NULL, "insights" jsonb NOT NULL, CONSTRAINT "PK_4a48143fd9a77fb72c6541431cd" PRIMARY KEY ("scope"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."network_import_status" AS ENUM('queued', 'validating', 'writing', 'done', 'failed')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."network_import_format" AS ENUM('json', 'csv')`);
    await queryRunner.query(`CREATE TYPE "public"."network_import_table" AS ENUM('organizations', 'relationships')`);
    await queryRunner.query(
      `CREATE TABLE "network_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_by_id" uuid, "status" "public"."network_import_status" NOT NULL DEFAULT 'queued', "format" "public"."network_import_format" NOT NULL, "csv_table" "public"."network_import_table", "content" text, "progress_done" integer NOT NULL DEFAULT '0', "progress_total" integer NOT NULL DEFAULT '0', "counts" jsonb, "errors" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_28536c66058f2baf8726e4f1a6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."relationship_kind" AS ENUM('member_of', 'funds', 'partners_with', 'board_seat')`,
    );
    await queryRunner.query(
      `CREATE TABLE "relationship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_id" uuid NOT NULL, "target_id" uuid NOT NULL, "kind" "public"."relationship_kind" NOT NULL, "weight" double precision NOT NULL DEFAULT '1', "since" date, "source" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_09049178a9d9dba1cf44da57cb7" UNIQUE ("source_id", "target_id", "kind"), CONSTRAINT "CHK_9eee639017dbd5d6715b4e6c7b" CHECK ("weight" > 0), CONSTRAINT "CHK_0f4d80dd9fb1df0c32a1b2de59" CHECK ("source_id" <> "target_id"), CONSTRAINT "PK_67eb56a3f16da3d901a8ae446a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a2a09f92d59388beb501a65479" ON "relationship"  ("target_id") `);
    await queryRunner.query(
      `ALTER TABLE "network_import" ADD CONSTRAINT "FK_a2cb93baf63189cb241a3bb0eca" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" ADD CONSTRAINT "FK_ed470ac00cc0d35926a32911ae0" FOREIGN KEY ("source_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "relationship" ADD CONSTRAINT "FK_a2a09f92d59388beb501a654792" FOREIGN KEY ("target_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "relationship" DROP CONSTRAINT "FK_a2a09f92d59388beb501a654792"`);
    await queryRunner.query(`ALTER TABLE "relationship" DROP CONSTRAINT "FK_ed470ac00cc0d35926a32911ae0"`);
    await queryRunner.query(`ALTER TABLE "network_import" DROP CONSTRAINT "FK_a2cb93baf63189cb241a3bb0eca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2a09f92d59388beb501a65479"`);
    await queryRunner.query(`DROP TABLE "relationship"`);
    await queryRunner.query(`DROP TYPE "public"."relationship_kind"`);
    await queryRunner.query(`DROP TABLE "network_import"`);
    await queryRunner.query(`DROP TYPE "public"."network_import_table"`);
    await queryRunner.query(`DROP TYPE "public"."network_import_format"`);
    await queryRunner.query(`DROP TYPE "public"."network_import_status"`);
    await queryRunner.query(`DROP TABLE "network_analysis"`);
  }
}
