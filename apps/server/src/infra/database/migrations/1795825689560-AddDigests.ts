import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDigests1795825689560 implements MigrationInterface {
  name = 'AddDigests1795825689560';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."digest_cadence" AS ENUM('daily', 'weekly', 'off')`);
    await queryRunner.query(
      `CREATE TABLE "digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "user_id" uuid NOT NULL, "cadence" "public"."digest_cadence" NOT NULL, "period_key" character varying(40) NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "subject" character varying(300) NOT NULL, "content" jsonb NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b55ba0eeed443887fd73de9fa02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ea205920fbb5ae725be06e6786" ON "digest"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_337a209b4ba3e0a30abf5b802f" ON "digest"  ("hub_id", "user_id", "cadence", "period_key") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."digest_channel" AS ENUM('email', 'in_app')`);
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'delivered', 'failed')`);
    await queryRunner.query(
      `CREATE TABLE "digest_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "digest_id" uuid NOT NULL, "channel" "public"."digest_channel" NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fcd2c831f7b54a7aa064290f163" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_220cbddd32b0eaf7b1dfef7f56" ON "digest_delivery"  ("status") WHERE "status" <> 'delivered'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4f9921d3ea633e395716b10f0d" ON "digest_delivery"  ("digest_id", "channel") `,
    );
    await queryRunner.query(
      `CREATE TABLE "digest_preference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "hub_id" uuid NOT NULL, "cadence" "public"."digest_cadence" NOT NULL, "time_zone" character varying(64) NOT NULL, "delivery_time" character(5) NOT NULL, "channels" text array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0dbe413d352551acccc7fd46bdd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ca2ec4f9cd179b3e076a237ab2" ON "digest_preference"  ("hub_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a3f3eafe03bd50bd7e4a732fd4" ON "digest_preference"  ("user_id", "hub_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "user_id" uuid NOT NULL, "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_88faab11a5ef0962d90fe779a8e" UNIQUE ("delivery_id"), CONSTRAINT "PK_b55f4d8ab961614aa75da7a668d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_68f87783e52737e7fee9ebb3e3" ON "outbox_email"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_c3d0af62e1153547b136297018" ON "outbox_email"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_834285b63ea16caafd551c0ed0" ON "hub_event"  ("hub_id", "entity_id", "seq") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c834c44b4258c9f65121278c1a" ON "hub_event"  ("hub_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "digest" ADD CONSTRAINT "FK_fba7ef10bd4657164eedda6f77c" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest" ADD CONSTRAINT "FK_0647b64cdabbb56bee38af0a41e" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_delivery" ADD CONSTRAINT "FK_e6532a9240cf31cd4c7e5e29c4a" FOREIGN KEY ("digest_id") REFERENCES "digest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_preference" ADD CONSTRAINT "FK_241cee05b881f5d78bd959df9d0" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_preference" ADD CONSTRAINT "FK_ca2ec4f9cd179b3e076a237ab22" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_email" ADD CONSTRAINT "FK_88faab11a5ef0962d90fe779a8e" FOREIGN KEY ("delivery_id") REFERENCES "digest_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_email" ADD CONSTRAINT "FK_82cdfaf88f0626ba4d64cf80491" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_email" DROP CONSTRAINT "FK_82cdfaf88f0626ba4d64cf80491"`);
    await queryRunner.query(`ALTER TABLE "outbox_email" DROP CONSTRAINT "FK_88faab11a5ef0962d90fe779a8e"`);
    await queryRunner.query(`ALTER TABLE "digest_preference" DROP CONSTRAINT "FK_ca2ec4f9cd179b3e076a237ab22"`);
    await queryRunner.query(`ALTER TABLE "digest_preference" DROP CONSTRAINT "FK_241cee05b881f5d78bd959df9d0"`);
    await queryRunner.query(`ALTER TABLE "digest_delivery" DROP CONSTRAINT "FK_e6532a9240cf31cd4c7e5e29c4a"`);
    await queryRunner.query(`ALTER TABLE "digest" DROP CONSTRAINT "FK_0647b64cdabbb56bee38af0a41e"`);
    await queryRunner.query(`ALTER TABLE "digest" DROP CONSTRAINT "FK_fba7ef10bd4657164eedda6f77c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c834c44b4258c9f65121278c1a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_834285b63ea16caafd551c0ed0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3d0af62e1153547b136297018"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68f87783e52737e7fee9ebb3e3"`);
    await queryRunner.query(`DROP TABLE "outbox_email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a3f3eafe03bd50bd7e4a732fd4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca2ec4f9cd179b3e076a237ab2"`);
    await queryRunner.query(`DROP TABLE "digest_preference"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f9921d3ea633e395716b10f0d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_220cbddd32b0eaf7b1dfef7f56"`);
    await queryRunner.query(`DROP TABLE "digest_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP TYPE "public"."digest_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_337a209b4ba3e0a30abf5b802f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea205920fbb5ae725be06e6786"`);
    await queryRunner.query(`DROP TABLE "digest"`);
    await queryRunner.query(`DROP TYPE "public"."digest_cadence"`);
  }
}
