import { MigrationInterface, QueryRunner } from 'typeorm';

export class MeasurementReviews1796690215017 implements MigrationInterface {
  name = 'MeasurementReviews1796690215017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."measurement_status" AS ENUM('pending', 'verified', 'rejected')`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "status" "public"."measurement_status" NOT NULL DEFAULT 'pending'`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "reviewed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD "review_note" text`);
    // measurements verified before reviews had a status: verified, by whoever verified them
    await queryRunner.query(
      `UPDATE "measurement" SET "status" = 'verified', "reviewed_by_id" = "verified_by_id", "reviewed_at" = "verified_at"
        WHERE "verified_at" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'measurement.rejected'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'measurement.review_undone'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // the older schema cannot hold these events, nor tell a rejected measurement from a pending one
    await queryRunner.query(
      `DELETE FROM "hub_event" WHERE "type" IN ('measurement.rejected', 'measurement.review_undone')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created', 'metric.created', 'metric.updated', 'board.seat_saved', 'board.seat_removed', 'board.rules_changed', 'resolution.proposed', 'resolution.voted', 'resolution.closed', 'review.scheduled', 'group.created', 'group.updated', 'group.archived', 'hub_link.requested', 'hub_link.accepted', 'hub_link.declined', 'hub_link.ended', 'goal.rolled_up')`);
    await queryRunner.query(`ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "review_note"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "reviewed_by_id"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."measurement_status"`);
  }
}
