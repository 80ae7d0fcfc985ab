import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTrust1796666327604 implements MigrationInterface {
  name = 'AddTrust1796666327604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."email_token_purpose" AS ENUM('verify_email', 'reset_password')`);
    await queryRunner.query(
      `CREATE TABLE "email_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."email_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_7de8158f2f29aba7331b9576937" UNIQUE ("token_hash"), CONSTRAINT "PK_7175dbe70853f76bcbcb1285f92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cfd840dedf938ccd43445f09f2" ON "email_token"  ("user_id", "purpose") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_role" AS ENUM('admin', 'member')`);
    await queryRunner.query(
      `CREATE TYPE "public"."organization_member_status" AS ENUM('pending', 'approved', 'rejected', 'removed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_join_route" AS ENUM('created', 'domain', 'request', 'existing')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."organization_role" NOT NULL DEFAULT 'member', "status" "public"."organization_member_status" NOT NULL, "joined_via" "public"."organization_join_route" NOT NULL, "message" character varying(500), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, CONSTRAINT "UQ_ade1a22b88a5464464fe520d070" UNIQUE ("organization_id", "user_id"), CONSTRAINT "PK_81dbbb093cbe0539c170f3d1484" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_915254cd9058794c9018231e71" ON "organization_member"  ("organization_id", "status", "role") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0d904e5c3bc05094fe646adb5e" ON "organization_member"  ("user_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "actor_id" uuid, "before" jsonb NOT NULL, "after" jsonb NOT NULL, "revert_of_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5a45f27fe7e30f8d50765323a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5bbc41e299cf5727b2ef0e89ca" ON "organization_revision"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "user" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "claimed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "verified_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD "email_domains" character varying(253) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_email" DROP CONSTRAINT "FK_88faab11a5ef0962d90fe779a8e"`);
    await queryRunner.query(`ALTER TABLE "outbox_email" ALTER COLUMN "delivery_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "email_token" ADD CONSTRAINT "FK_c728d9445f15cd00fb479ad92de" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_email" ADD CONSTRAINT "FK_88faab11a5ef0962d90fe779a8e" FOREIGN KEY ("delivery_id") REFERENCES "digest_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_member" ADD CONSTRAINT "FK_ce08825728e5afefdc6e682b8d7" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_member" ADD CONSTRAINT "FK_273aa659a4afdcb614cdecbd667" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_revision" ADD CONSTRAINT "FK_6cce6887e46cfba54644b61818c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organization_revision" ADD CONSTRAINT "FK_4f278986cb962a63256b749fa68" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Today's data keeps working: accounts are treated as verified, and the people who already act for an
    // organization (its creator, its hub representatives, its challenges' issuers, its proposals' submitters) become
    // its approved members; creators become its admins.
    await queryRunner.query(`UPDATE "user" SET email_verified_at = created_at`);
    await queryRunner.query(
      `INSERT INTO organization_member (organization_id, user_id, role, status, joined_via, requested_at, decided_at)
       SELECT o.id, o.created_by_id, 'admin', 'approved', 'created', o.created_at, o.created_at
         FROM organization o JOIN "user" u ON u.id = o.created_by_id`,
    );
    await queryRunner.query(
      `INSERT INTO organization_member (organization_id, user_id, role, status, joined_via, decided_at)
       SELECT DISTINCT acting.organization_id, acting.user_id, 'member'::organization_role, 'approved'::organization_member_status,
              'existing'::organization_join_route, now()
         FROM (SELECT organization_id, user_id FROM hub_member WHERE status = 'active' AND user_id IS NOT NULL
               UNION SELECT funder_organization_id, created_by_id FROM challenge
               UNION SELECT lead_organization_id, submitted_by_id FROM proposal) acting
         JOIN "user" u ON u.id = acting.user_id
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
    );
    await queryRunner.query(
      `UPDATE organization o SET claimed_at = now()
        WHERE EXISTS (SELECT 1 FROM organization_member m
                       WHERE m.organization_id = o.id AND m.role = 'admin' AND m.status = 'approved')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_revision" DROP CONSTRAINT "FK_4f278986cb962a63256b749fa68"`);
    await queryRunner.query(`ALTER TABLE "organization_revision" DROP CONSTRAINT "FK_6cce6887e46cfba54644b61818c"`);
    await queryRunner.query(`ALTER TABLE "organization_member" DROP CONSTRAINT "FK_273aa659a4afdcb614cdecbd667"`);
    await queryRunner.query(`ALTER TABLE "organization_member" DROP CONSTRAINT "FK_ce08825728e5afefdc6e682b8d7"`);
    await queryRunner.query(`ALTER TABLE "outbox_email" DROP CONSTRAINT "FK_88faab11a5ef0962d90fe779a8e"`);
    await queryRunner.query(`ALTER TABLE "email_token" DROP CONSTRAINT "FK_c728d9445f15cd00fb479ad92de"`);
    await queryRunner.query(`DELETE FROM "outbox_email" WHERE "delivery_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_email" ALTER COLUMN "delivery_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "outbox_email" ADD CONSTRAINT "FK_88faab11a5ef0962d90fe779a8e" FOREIGN KEY ("delivery_id") REFERENCES "digest_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "email_domains"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "verified_by_id"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "verified_at"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "claimed_at"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5bbc41e299cf5727b2ef0e89ca"`);
    await queryRunner.query(`DROP TABLE "organization_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d904e5c3bc05094fe646adb5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_915254cd9058794c9018231e71"`);
    await queryRunner.query(`DROP TABLE "organization_member"`);
    await queryRunner.query(`DROP TYPE "public"."organization_join_route"`);
    await queryRunner.query(`DROP TYPE "public"."organization_member_status"`);
    await queryRunner.query(`DROP TYPE "public"."organization_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfd840dedf938ccd43445f09f2"`);
    await queryRunner.query(`DROP TABLE "email_token"`);
    await queryRunner.query(`DROP TYPE "public"."email_token_purpose"`);
  }
}
