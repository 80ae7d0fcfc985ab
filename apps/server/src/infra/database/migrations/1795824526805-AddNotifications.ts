import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795824526805 implements MigrationInterface {
  name = 'AddNotifications1795824526805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type" AS ENUM('task_assigned', 'mention', 'invitation', 'verification_requested')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "hub_id" uuid NOT NULL, "type" "public"."notification_type" NOT NULL, "entity_id" uuid NOT NULL, "event_seq" bigint NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT '', "payload" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2343debbe575dc19e59160f528" ON "notification"  ("user_id", "created_at", "id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ea2023b164a9b92eb5a7e08ce2" ON "notification"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8e999dc21bc416a2b24718d2e7" ON "notification"  ("user_id", "hub_id", "event_seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_7839302dd5dcd150b0542d09560" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_7839302dd5dcd150b0542d09560"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e999dc21bc416a2b24718d2e7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ea2023b164a9b92eb5a7e08ce2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2343debbe575dc19e59160f528"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
  }
}
