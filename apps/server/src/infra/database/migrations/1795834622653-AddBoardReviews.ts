import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBoardReviews1795834622653 implements MigrationInterface {
  name = 'AddBoardReviews1795834622653';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "board_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL, "pack" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2206d4bf0da714949a019d45f8f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_16d751d6007d3659efc3af57e5" ON "board_review"  ("hub_id", "scheduled_for") `,
    );
    await queryRunner.query(
      `CREATE TABLE "board_pack_read" ("review_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_01df0e74c2e4f257499840a166e" PRIMARY KEY ("review_id", "user_id"))`,
    );
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'review.scheduled'`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f7938edd36863454051b9e4de"`);
    await queryRunner.query(`ALTER TYPE "public"."comment_target" ADD VALUE 'review'`);
    await queryRunner.query(`ALTER TYPE "public"."comment_target" ADD VALUE 'resolution'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_2f7938edd36863454051b9e4de" ON "comment"  ("target_type", "target_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "board_review" ADD CONSTRAINT "FK_115414984159b8d70d614d49386" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_pack_read" ADD CONSTRAINT "FK_33815baa6dbd20d3f4fc3cf05a3" FOREIGN KEY ("review_id") REFERENCES "board_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_pack_read" ADD CONSTRAINT "FK_dfe3a54d0a43b3b8d040f95cf48" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM comment WHERE target_type IN ('review', 'resolution')`);
    await queryRunner.query(`DELETE FROM hub_event WHERE type = 'review.scheduled'`);
    await queryRunner.query(`ALTER TABLE "board_pack_read" DROP CONSTRAINT "FK_dfe3a54d0a43b3b8d040f95cf48"`);
    await queryRunner.query(`ALTER TABLE "board_pack_read" DROP CONSTRAINT "FK_33815baa6dbd20d3f4fc3cf05a3"`);
    await queryRunner.query(`ALTER TABLE "board_review" DROP CONSTRAINT "FK_115414984159b8d70d614d49386"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f7938edd36863454051b9e4de"`);
    await queryRunner.query(`CREATE TYPE "public"."comment_target_old" AS ENUM('goal', 'task')`);
    await queryRunner.query(
      `ALTER TABLE "comment" ALTER COLUMN "target_type" TYPE "public"."comment_target_old" USING "target_type"::"text"::"public"."comment_target_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."comment_target"`);
    await queryRunner.query(`ALTER TYPE "public"."comment_target_old" RENAME TO "comment_target"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_2f7938edd36863454051b9e4de" ON "comment" USING btree ("target_type", "target_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created', 'metric.created', 'metric.updated', 'board.seat_saved', 'board.seat_removed', 'board.rules_changed', 'resolution.proposed', 'resolution.voted', 'resolution.closed')`,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`DROP TABLE "board_pack_read"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16d751d6007d3659efc3af57e5"`);
    await queryRunner.query(`DROP TABLE "board_review"`);
  }
}
