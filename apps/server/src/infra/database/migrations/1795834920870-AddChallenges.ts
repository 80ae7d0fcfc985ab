import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddChallenges1795834920870 implements MigrationInterface {
  name = 'AddChallenges1795834920870';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "funder_organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "sdg_targets" character varying(8) array NOT NULL DEFAULT '{}', "prize_amount" double precision NOT NULL, "prize_currency" character(3) NOT NULL, "stages" jsonb NOT NULL, "rubric" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f31455ad09ea6a836a06871b7a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fb37a4fc280b614858234bb385" ON "challenge"  ("funder_organization_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status" AS ENUM('submitted', 'eligible', 'ineligible', 'shortlisted', 'awarded', 'not_selected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "problem" text NOT NULL, "approach" text NOT NULL, "budget" double precision NOT NULL, "hub_id" uuid, "lead_organization_id" uuid NOT NULL, "team" jsonb NOT NULL, "goals" jsonb NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT 'submitted', "submitted_by_id" uuid, "awarded_hub_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1999269f2ec2963842be577e4e" ON "proposal"  ("challenge_id") `);
    await queryRunner.query(
      `CREATE TABLE "challenge_reviewer" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_96809e3c9309e248ed5198ecd82" PRIMARY KEY ("challenge_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_assignment" ("proposal_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, CONSTRAINT "PK_55e15c6f2c321baa7e29bd9d139" PRIMARY KEY ("proposal_id", "reviewer_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0960ff781a500039d868712d60" ON "review_assignment"  ("reviewer_id") `);
    await queryRunner.query(
      `CREATE TABLE "proposal_score" ("proposal_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "criterion_id" character varying(40) NOT NULL, "score" smallint NOT NULL, "comment" text NOT NULL DEFAULT '', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_7c88eabea1b7af80e7957d315d" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_08b475eb8923b2d03ca4dc4ee42" PRIMARY KEY ("proposal_id", "reviewer_id", "criterion_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge" ADD CONSTRAINT "FK_fb37a4fc280b614858234bb385f" FOREIGN KEY ("funder_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_1999269f2ec2963842be577e4e4" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_63913939b1dfc68156e72206fb6" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal" ADD CONSTRAINT "FK_92583000efb02b7a775a6070fe9" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_reviewer" ADD CONSTRAINT "FK_74f71934551ef66ea8a756e7af0" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_reviewer" ADD CONSTRAINT "FK_2ea1cb72741ee909c4badfa24d4" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_reviewer" ADD CONSTRAINT "FK_ba5eab2d75a374979488cc2e564" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_918cbce9edc5f620d12e6003a96" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" ADD CONSTRAINT "FK_0960ff781a500039d868712d608" FOREIGN KEY ("reviewer_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_score" ADD CONSTRAINT "FK_93911deb6e98cf0ce43453f2fc1" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_score" ADD CONSTRAINT "FK_6298da8ee8f29ea6b99859a42c9" FOREIGN KEY ("reviewer_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal_score" DROP CONSTRAINT "FK_6298da8ee8f29ea6b99859a42c9"`);
    await queryRunner.query(`ALTER TABLE "proposal_score" DROP CONSTRAINT "FK_93911deb6e98cf0ce43453f2fc1"`);
    await queryRunner.query(`ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_0960ff781a500039d868712d608"`);
    await queryRunner.query(`ALTER TABLE "review_assignment" DROP CONSTRAINT "FK_918cbce9edc5f620d12e6003a96"`);
    await queryRunner.query(`ALTER TABLE "challenge_reviewer" DROP CONSTRAINT "FK_ba5eab2d75a374979488cc2e564"`);
    await queryRunner.query(`ALTER TABLE "challenge_reviewer" DROP CONSTRAINT "FK_2ea1cb72741ee909c4badfa24d4"`);
    await queryRunner.query(`ALTER TABLE "challenge_reviewer" DROP CONSTRAINT "FK_74f71934551ef66ea8a756e7af0"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_92583000efb02b7a775a6070fe9"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_63913939b1dfc68156e72206fb6"`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP CONSTRAINT "FK_1999269f2ec2963842be577e4e4"`);
    await queryRunner.query(`ALTER TABLE "challenge" DROP CONSTRAINT "FK_fb37a4fc280b614858234bb385f"`);
    await queryRunner.query(`DROP TABLE "proposal_score"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0960ff781a500039d868712d60"`);
    await queryRunner.query(`DROP TABLE "review_assignment"`);
    await queryRunner.query(`DROP TABLE "challenge_reviewer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1999269f2ec2963842be577e4e"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb37a4fc280b614858234bb385"`);
    await queryRunner.query(`DROP TABLE "challenge"`);
  }
}
