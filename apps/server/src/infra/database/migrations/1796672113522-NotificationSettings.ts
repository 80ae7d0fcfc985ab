import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications with settings: the new kinds, notifications that come from no HubEvent (a vote closing, a challenge's
 * change), their email state, each user's channel per kind, and the digest unsubscribe that also stops a hub's
 * notification emails.
 */
export class NotificationSettings1796672113522 implements MigrationInterface {
  name = 'NotificationSettings1796672113522';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const kind of [
      'resolution_proposed',
      'vote_closing',
      'review_scheduled',
      'task_completed',
      'task_blocked',
      'task_commented',
      'reviewer_assigned',
      'proposal_status_changed',
    ]) {
      await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE '${kind}'`);
    }
    await queryRunner.query(`CREATE TYPE "public"."notification_channel" AS ENUM('in_app', 'email', 'off')`);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "type" "public"."notification_type" NOT NULL, "channel" "public"."notification_channel" NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba8d816b10f3dcfcd2e71ce5776" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_98793ae4db877d281012dc5599" ON "notification_preference"  ("user_id", "type") `);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "digest_preference" ADD "unsubscribed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "hub_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "event_seq" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "once_key" character varying(200)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c74ef98d7280b1e4836eca639c" ON "notification"  ("user_id", "once_key") `);
    await queryRunner.query(`CREATE TYPE "public"."notification_email_status" AS ENUM('pending', 'sent', 'skipped')`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "email_status" "public"."notification_email_status"`);
    await queryRunner.query(`CREATE INDEX "IDX_544a96d7acdd98c7e3d0ff83be" ON "notification"  ("user_id", "created_at") WHERE "email_status" = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
    await queryRunner.query(`ALTER TABLE "digest_preference" DROP COLUMN "unsubscribed_at"`);
    // what the earlier schema cannot hold goes: the new kinds, and notifications made from no event
    await queryRunner.query(
      `DELETE FROM "notification" WHERE "hub_id" IS NULL OR "event_seq" IS NULL
          OR "type"::text NOT IN ('task_assigned', 'mention', 'invitation', 'verification_requested')`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_544a96d7acdd98c7e3d0ff83be"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "email_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c74ef98d7280b1e4836eca639c"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "once_key"`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "event_seq" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "hub_id" SET NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."notification_type_old" AS ENUM('task_assigned', 'mention', 'invitation', 'verification_requested')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_type_old" RENAME TO "notification_type"`);
  }
}
