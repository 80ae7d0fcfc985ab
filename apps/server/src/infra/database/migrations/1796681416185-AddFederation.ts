import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFederation1796681416185 implements MigrationInterface {
  name = 'AddFederation1796681416185';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "goal_roll_up_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_goal_id" uuid NOT NULL, "parent_hub_id" uuid NOT NULL, "child_goal_id" uuid NOT NULL, "child_hub_id" uuid NOT NULL, "weight" double precision NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_795432496206cfbb4ca1665122a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d9340a9c856ad8fb2fbf9ed707" ON "goal_roll_up_source"  ("parent_hub_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2c383031863f1e3b106aad44ef" ON "goal_roll_up_source"  ("child_hub_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_86f29cb97cbc61b9b4b2beaa5d" ON "goal_roll_up_source"  ("child_goal_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_23bb54155d753eead392d81171" ON "goal_roll_up_source"  ("parent_goal_id", "child_hub_id") `);
    await queryRunner.query(`CREATE TYPE "public"."hub_link_status" AS ENUM('pending', 'active', 'declined', 'ended')`);
    await queryRunner.query(`CREATE TABLE "hub_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_hub_id" uuid NOT NULL, "child_hub_id" uuid NOT NULL, "status" "public"."hub_link_status" NOT NULL, "requested_by_hub_id" uuid NOT NULL, "requested_by_id" uuid, "decided_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4b1bf50c67fbcadba009e0bfeb1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d17ae382a69d07cfa051a2d926" ON "hub_link"  ("parent_hub_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_43b1d16dd9384d44ff4f633162" ON "hub_link"  ("child_hub_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8430f7019129a9c093b1a41732" ON "hub_link"  ("parent_hub_id", "child_hub_id") WHERE "status" IN ('pending', 'active')`);
    await queryRunner.query(`CREATE TYPE "public"."roll_up_method" AS ENUM('sum', 'weighted_mean', 'minimum')`);
    await queryRunner.query(`ALTER TABLE "goal" ADD "roll_up_method" "public"."roll_up_method"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'hub_link.requested'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'hub_link.accepted'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'hub_link.declined'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'hub_link.ended'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'goal.rolled_up'`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" ADD CONSTRAINT "FK_697e9e00037159b6b50f0395543" FOREIGN KEY ("parent_goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" ADD CONSTRAINT "FK_d9340a9c856ad8fb2fbf9ed707d" FOREIGN KEY ("parent_hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" ADD CONSTRAINT "FK_86f29cb97cbc61b9b4b2beaa5d0" FOREIGN KEY ("child_goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" ADD CONSTRAINT "FK_2c383031863f1e3b106aad44ef1" FOREIGN KEY ("child_hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hub_link" ADD CONSTRAINT "FK_d17ae382a69d07cfa051a2d926a" FOREIGN KEY ("parent_hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hub_link" ADD CONSTRAINT "FK_75b8c8e371184bdf774299dfc6f" FOREIGN KEY ("child_hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hub_link" ADD CONSTRAINT "FK_5116628fc39c83e00e5b20e30d4" FOREIGN KEY ("requested_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hub_link" ADD CONSTRAINT "FK_061533d8de8ef63e97bff6097d7" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hub_link" DROP CONSTRAINT "FK_061533d8de8ef63e97bff6097d7"`);
    await queryRunner.query(`ALTER TABLE "hub_link" DROP CONSTRAINT "FK_5116628fc39c83e00e5b20e30d4"`);
    await queryRunner.query(`ALTER TABLE "hub_link" DROP CONSTRAINT "FK_75b8c8e371184bdf774299dfc6f"`);
    await queryRunner.query(`ALTER TABLE "hub_link" DROP CONSTRAINT "FK_d17ae382a69d07cfa051a2d926a"`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" DROP CONSTRAINT "FK_2c383031863f1e3b106aad44ef1"`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" DROP CONSTRAINT "FK_86f29cb97cbc61b9b4b2beaa5d0"`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" DROP CONSTRAINT "FK_d9340a9c856ad8fb2fbf9ed707d"`);
    await queryRunner.query(`ALTER TABLE "goal_roll_up_source" DROP CONSTRAINT "FK_697e9e00037159b6b50f0395543"`);
    await queryRunner.query(`CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created', 'metric.created', 'metric.updated', 'board.seat_saved', 'board.seat_removed', 'board.rules_changed', 'resolution.proposed', 'resolution.voted', 'resolution.closed', 'review.scheduled', 'group.created', 'group.updated', 'group.archived')`);
    await queryRunner.query(`ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP COLUMN "roll_up_method"`);
    await queryRunner.query(`DROP TYPE "public"."roll_up_method"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8430f7019129a9c093b1a41732"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_43b1d16dd9384d44ff4f633162"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d17ae382a69d07cfa051a2d926"`);
    await queryRunner.query(`DROP TABLE "hub_link"`);
    await queryRunner.query(`DROP TYPE "public"."hub_link_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23bb54155d753eead392d81171"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86f29cb97cbc61b9b4b2beaa5d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c383031863f1e3b106aad44ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d9340a9c856ad8fb2fbf9ed707"`);
    await queryRunner.query(`DROP TABLE "goal_roll_up_source"`);
  }
}
