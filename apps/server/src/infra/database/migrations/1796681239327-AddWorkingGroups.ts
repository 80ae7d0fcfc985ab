import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWorkingGroups1796681239327 implements MigrationInterface {
  name = 'AddWorkingGroups1796681239327';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "working_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "purpose" text NOT NULL DEFAULT '', "lead_member_id" uuid NOT NULL, "ends_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9cbcc6e96966bec27f605e3c9f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a18a0b49c45c60a452adbc06a6" ON "working_group"  ("hub_id") `);
    await queryRunner.query(`CREATE TABLE "working_group_member" ("group_id" uuid NOT NULL, "member_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61d14bf66398af8faf0bd22ac91" PRIMARY KEY ("group_id", "member_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_42a6a42ac021093423e804851d" ON "working_group_member"  ("member_id") `);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'group.created'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'group.updated'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'group.archived'`);
    await queryRunner.query(`ALTER TABLE "working_group" ADD CONSTRAINT "FK_a18a0b49c45c60a452adbc06a69" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group" ADD CONSTRAINT "FK_a873cdb038916f6fe2e2a7040aa" FOREIGN KEY ("lead_member_id") REFERENCES "hub_member"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_1055a98d4143d1ecf978a17fb3b" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_42a6a42ac021093423e804851d2" FOREIGN KEY ("member_id") REFERENCES "hub_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM hub_event WHERE type IN ('group.created', 'group.updated', 'group.archived')`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_42a6a42ac021093423e804851d2"`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_1055a98d4143d1ecf978a17fb3b"`);
    await queryRunner.query(`ALTER TABLE "working_group" DROP CONSTRAINT "FK_a873cdb038916f6fe2e2a7040aa"`);
    await queryRunner.query(`ALTER TABLE "working_group" DROP CONSTRAINT "FK_a18a0b49c45c60a452adbc06a69"`);
    await queryRunner.query(`CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created', 'metric.created', 'metric.updated', 'board.seat_saved', 'board.seat_removed', 'board.rules_changed', 'resolution.proposed', 'resolution.voted', 'resolution.closed', 'review.scheduled')`);
    await queryRunner.query(`ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_42a6a42ac021093423e804851d"`);
    await queryRunner.query(`DROP TABLE "working_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a18a0b49c45c60a452adbc06a6"`);
    await queryRunner.query(`DROP TABLE "working_group"`);
  }
}
