import { MigrationInterface, QueryRunner } from 'typeorm';

/** Group-only tasks and goals (README, "Group-only items"): goals join working groups; events keep their audience. */
export class AddGroupOnlyItems1796690604084 implements MigrationInterface {
  name = 'AddGroupOnlyItems1796690604084';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hub_event" ADD "group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "hub_event" ADD "withdrawn" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "goal" ADD "working_group_id" uuid`);
    await queryRunner.query(`CREATE TYPE "public"."item_visibility" AS ENUM('hub', 'group')`);
    await queryRunner.query(`ALTER TABLE "goal" ADD "visibility" "public"."item_visibility" NOT NULL DEFAULT 'hub'`);
    await queryRunner.query(`ALTER TABLE "task" ADD "visibility" "public"."item_visibility" NOT NULL DEFAULT 'hub'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'item.redacted'`);
    await queryRunner.query(`CREATE INDEX "IDX_089a9770747324ab395b9e9caf" ON "goal"  ("hub_id", "working_group_id") `);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "CHK_goal_group_visibility" CHECK ("visibility" = 'hub' OR "working_group_id" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "CHK_task_group_visibility" CHECK ("visibility" = 'hub' OR "working_group_id" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_6f15c8b9b4a892bd91bd04c4e5f" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_6f15c8b9b4a892bd91bd04c4e5f"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "CHK_task_group_visibility"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "CHK_goal_group_visibility"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_089a9770747324ab395b9e9caf"`);
    await queryRunner.query(`CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created', 'metric.created', 'metric.updated', 'board.seat_saved', 'board.seat_removed', 'board.rules_changed', 'resolution.proposed', 'resolution.voted', 'resolution.closed', 'review.scheduled', 'group.created', 'group.updated', 'group.archived', 'hub_link.requested', 'hub_link.accepted', 'hub_link.declined', 'hub_link.ended', 'goal.rolled_up', 'measurement.rejected', 'measurement.review_undone')`);
    await queryRunner.query(`ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "visibility"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP COLUMN "visibility"`);
    await queryRunner.query(`DROP TYPE "public"."item_visibility"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP COLUMN "working_group_id"`);
    await queryRunner.query(`ALTER TABLE "hub_event" DROP COLUMN "withdrawn"`);
    await queryRunner.query(`ALTER TABLE "hub_event" DROP COLUMN "group_id"`);
  }
}
