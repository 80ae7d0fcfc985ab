import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBoard1795834011252 implements MigrationInterface {
  name = 'AddBoard1795834011252';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."board_majority" AS ENUM('simple', 'two_thirds', 'unanimous')`);
    await queryRunner.query(
      `CREATE TABLE "board_rules" ("hub_id" uuid NOT NULL, "quorum" double precision NOT NULL, "majority" "public"."board_majority" NOT NULL, CONSTRAINT "CHK_4d44c4833a973872919af86b77" CHECK ("quorum" > 0 AND "quorum" <= 1), CONSTRAINT "PK_f6db2a690e6ae93079a85016ed7" PRIMARY KEY ("hub_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."board_seat_kind" AS ENUM('representative', 'independent')`);
    await queryRunner.query(`CREATE TYPE "public"."board_constituency" AS ENUM('public', 'private', 'civic', 'hub')`);
    await queryRunner.query(
      `CREATE TABLE "board_seat" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "kind" "public"."board_seat_kind" NOT NULL, "constituency" "public"."board_constituency" NOT NULL, "holder_member_id" uuid NOT NULL, "alternate_member_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1269f7c25ecdec935eee315ee25" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c3d8d0c51142ef2686d450061d" ON "board_seat"  ("hub_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."resolution_status" AS ENUM('open', 'passed', 'rejected', 'no_quorum', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "resolution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "motion" text NOT NULL, "status" "public"."resolution_status" NOT NULL DEFAULT 'open', "quorum" double precision NOT NULL, "majority" "public"."board_majority" NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "proposed_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a6383d82766ccd2a9e6163306d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f0528e341490ec828e9cca7012" ON "resolution"  ("status", "deadline") `);
    await queryRunner.query(`CREATE INDEX "IDX_85ae6b0a9fd8f4355fcedb5c9f" ON "resolution"  ("hub_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."board_voter" AS ENUM('holder', 'alternate')`);
    await queryRunner.query(`CREATE TYPE "public"."vote_choice" AS ENUM('for', 'against', 'abstain')`);
    await queryRunner.query(
      `CREATE TABLE "vote" ("resolution_id" uuid NOT NULL, "seat_id" uuid NOT NULL, "cast_by" "public"."board_voter" NOT NULL, "choice" "public"."vote_choice" NOT NULL, "user_id" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbeae0e68b17f7bb4b5629032d3" PRIMARY KEY ("resolution_id", "seat_id", "cast_by"))`,
    );
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'board.seat_saved'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'board.seat_removed'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'board.rules_changed'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'resolution.proposed'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'resolution.voted'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'resolution.closed'`);
    await queryRunner.query(
      `ALTER TABLE "board_rules" ADD CONSTRAINT "FK_f6db2a690e6ae93079a85016ed7" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_seat" ADD CONSTRAINT "FK_c3d8d0c51142ef2686d450061d7" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_seat" ADD CONSTRAINT "FK_f70df516b971fbeea6540a9325b" FOREIGN KEY ("holder_member_id") REFERENCES "hub_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_seat" ADD CONSTRAINT "FK_54dcc9959ba91522342d1183f9d" FOREIGN KEY ("alternate_member_id") REFERENCES "hub_member"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resolution" ADD CONSTRAINT "FK_13e6b78a899f27ac6532bfb6234" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "FK_0cbea3a2ca9bb07f80854bcdff0" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "FK_d981be1c1c3b23916cb78039f75" FOREIGN KEY ("seat_id") REFERENCES "board_seat"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM hub_event WHERE type::text LIKE 'board.%' OR type::text LIKE 'resolution.%'`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "FK_d981be1c1c3b23916cb78039f75"`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "FK_0cbea3a2ca9bb07f80854bcdff0"`);
    await queryRunner.query(`ALTER TABLE "resolution" DROP CONSTRAINT "FK_13e6b78a899f27ac6532bfb6234"`);
    await queryRunner.query(`ALTER TABLE "board_seat" DROP CONSTRAINT "FK_54dcc9959ba91522342d1183f9d"`);
    await queryRunner.query(`ALTER TABLE "board_seat" DROP CONSTRAINT "FK_f70df516b971fbeea6540a9325b"`);
    await queryRunner.query(`ALTER TABLE "board_seat" DROP CONSTRAINT "FK_c3d8d0c51142ef2686d450061d7"`);
    await queryRunner.query(`ALTER TABLE "board_rules" DROP CONSTRAINT "FK_f6db2a690e6ae93079a85016ed7"`);
    await queryRunner.query(
      `CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created', 'metric.created', 'metric.updated')`,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`DROP TABLE "vote"`);
    await queryRunner.query(`DROP TYPE "public"."vote_choice"`);
    await queryRunner.query(`DROP TYPE "public"."board_voter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85ae6b0a9fd8f4355fcedb5c9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0528e341490ec828e9cca7012"`);
    await queryRunner.query(`DROP TABLE "resolution"`);
    await queryRunner.query(`DROP TYPE "public"."resolution_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3d8d0c51142ef2686d450061d"`);
    await queryRunner.query(`DROP TABLE "board_seat"`);
    await queryRunner.query(`DROP TYPE "public"."board_constituency"`);
    await queryRunner.query(`DROP TYPE "public"."board_seat_kind"`);
    await queryRunner.query(`DROP TABLE "board_rules"`);
    await queryRunner.query(`DROP TYPE "public"."board_majority"`);
  }
}
