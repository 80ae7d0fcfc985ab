import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795822304934 implements MigrationInterface {
  name = 'Initial1795822304934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."hub_visibility" AS ENUM('private', 'public')`);
    await queryRunner.query(
      `CREATE TABLE "hub" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(80) NOT NULL, "name" character varying(200) NOT NULL, "mission" text NOT NULL DEFAULT '', "sdgs" smallint array NOT NULL DEFAULT '{}', "sdg_targets" character varying(8) array NOT NULL DEFAULT '{}', "visibility" "public"."hub_visibility" NOT NULL DEFAULT 'private', "last_seq" bigint NOT NULL DEFAULT '0', "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_06d9488a58faaf0d9a1d00dcbf0" UNIQUE ("slug"), CONSTRAINT "PK_3e44a0e97127ddd25d60430b924" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hub_event_type" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hub_event" ("hub_id" uuid NOT NULL, "seq" bigint NOT NULL, "type" "public"."hub_event_type" NOT NULL, "actor_id" uuid, "entity_id" uuid NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0215133452308463bac23d0ce5" PRIMARY KEY ("hub_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" character varying(100) NOT NULL, "is_platform_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email"), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(`CREATE TYPE "public"."comment_target" AS ENUM('goal', 'task')`);
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "target_type" "public"."comment_target" NOT NULL, "target_id" uuid NOT NULL, "author_id" uuid, "author_organization_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_93d91325dd16451e5b884d3a0d" ON "comment"  ("hub_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_2f7938edd36863454051b9e4de" ON "comment"  ("target_type", "target_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."sector" AS ENUM('government', 'intergovernmental', 'regional_body', 'city_network', 'corporation', 'philanthropy', 'research', 'ngo', 'faith')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(60), "sector" "public"."sector" NOT NULL, "country" character(2), "sdgs" smallint array NOT NULL DEFAULT '{}', "website" character varying(300), "description" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c21e615583a3ebbb0977452afb" ON "organization"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_58ee4cc45e56f04f44617132a3" ON "organization"  ("sector") `);
    await queryRunner.query(`CREATE INDEX "IDX_5e8a930e7f3c2136ec1c430b9f" ON "organization"  ("country") `);
    await queryRunner.query(`CREATE TYPE "public"."goal_direction" AS ENUM('increase', 'decrease')`);
    await queryRunner.query(
      `CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "parent_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "indicator_code" character varying(12), "unit" character varying(40) NOT NULL, "baseline" double precision NOT NULL, "target" double precision NOT NULL, "direction" "public"."goal_direction" NOT NULL, "start_date" date NOT NULL, "due_date" date NOT NULL, "owner_organization_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3ae07251b44c858216f47990e3" ON "goal"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8f2e59fa6e5ecd5244a6a5663b" ON "goal"  ("owner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e3c632984518db55193d401ba8" ON "goal"  ("hub_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goal_id" uuid NOT NULL, "hub_id" uuid NOT NULL, "value" double precision NOT NULL, "observed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "evidence_url" character varying(2000), "note" text, "reported_by_id" uuid, "reported_by_organization_id" uuid NOT NULL, "verified_by_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e674092ac7c1815e65410dc948" ON "measurement"  ("hub_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_b7a12e9d963ca1d816bc614821" ON "measurement"  ("goal_id", "observed_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."hub_role" AS ENUM('secretariat', 'member', 'board', 'observer')`);
    await queryRunner.query(`CREATE TYPE "public"."member_status" AS ENUM('invited', 'active', 'removed')`);
    await queryRunner.query(
      `CREATE TABLE "hub_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "user_id" uuid, "organization_id" uuid NOT NULL, "role" "public"."hub_role" NOT NULL, "status" "public"."member_status" NOT NULL, "invite_email" character varying(254), "invite_token_hash" character(64), "invite_expires_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid, "joined_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_053f9b94dbaa28bb258ff898ef6" UNIQUE ("invite_token_hash"), CONSTRAINT "PK_681546f2595190f53508a9241c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_81bd478141bc8a34a30971ec1a" ON "hub_member"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_26407284948576166f61718526" ON "hub_member"  ("user_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7f58ea9c964319a7fdedc6cea3" ON "hub_member"  ("hub_id", "invite_email") WHERE "status" = 'invited'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_dfa99c38e81f1b674c6b84858c" ON "hub_member"  ("hub_id", "user_id") WHERE "status" <> 'removed' AND "user_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('todo', 'in_progress', 'blocked', 'done')`);
    await queryRunner.query(`CREATE TYPE "public"."task_priority" AS ENUM('low', 'medium', 'high', 'urgent')`);
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "goal_id" uuid, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "status" "public"."task_status" NOT NULL DEFAULT 'todo', "priority" "public"."task_priority" NOT NULL DEFAULT 'medium', "assignee_organization_id" uuid, "assignee_user_id" uuid, "created_by_id" uuid, "created_by_organization_id" uuid, "due_date" date, "position" double precision NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_46e767fe8e08471feecb1f4c58" ON "task"  ("hub_id", "goal_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_5cc3c45e34ecae6ee1b4919c0c" ON "task"  ("hub_id", "assignee_organization_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2991b3b0c94b72bc121e3351bd" ON "task"  ("hub_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_689c3ed316efd815c8daebf3af" ON "task"  ("hub_id", "due_date") WHERE "status" <> 'done'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a9ef2448a6adb0cc77a355479" ON "task"  ("hub_id", "status", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_event" ADD CONSTRAINT "FK_3b386177a6a2e6a61ca456ec660" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_93d91325dd16451e5b884d3a0de" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_7b936660b54717ea3455202a409" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_3ae07251b44c858216f47990e3b" FOREIGN KEY ("parent_id") REFERENCES "goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_8f2e59fa6e5ecd5244a6a5663b2" FOREIGN KEY ("owner_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "FK_04cf1e6733f208fc666c6cac75c" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_member" ADD CONSTRAINT "FK_5d2eae7e88d98b4462f94ac0eb2" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_member" ADD CONSTRAINT "FK_85d423dc04dee3169592344e799" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_member" ADD CONSTRAINT "FK_81bd478141bc8a34a30971ec1ad" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_88502b6c1f36b45caaf70b05e2a" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_b88f758a315e00d8fa86453fee4" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_db9bf600b1201b31d7fc6b0fb4c" FOREIGN KEY ("assignee_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_db9bf600b1201b31d7fc6b0fb4c"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_b88f758a315e00d8fa86453fee4"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_88502b6c1f36b45caaf70b05e2a"`);
    await queryRunner.query(`ALTER TABLE "hub_member" DROP CONSTRAINT "FK_81bd478141bc8a34a30971ec1ad"`);
    await queryRunner.query(`ALTER TABLE "hub_member" DROP CONSTRAINT "FK_85d423dc04dee3169592344e799"`);
    await queryRunner.query(`ALTER TABLE "hub_member" DROP CONSTRAINT "FK_5d2eae7e88d98b4462f94ac0eb2"`);
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_04cf1e6733f208fc666c6cac75c"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_8f2e59fa6e5ecd5244a6a5663b2"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_3ae07251b44c858216f47990e3b"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_7b936660b54717ea3455202a409"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_93d91325dd16451e5b884d3a0de"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "hub_event" DROP CONSTRAINT "FK_3b386177a6a2e6a61ca456ec660"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a9ef2448a6adb0cc77a355479"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_689c3ed316efd815c8daebf3af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2991b3b0c94b72bc121e3351bd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cc3c45e34ecae6ee1b4919c0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_46e767fe8e08471feecb1f4c58"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP TYPE "public"."task_priority"`);
    await queryRunner.query(`DROP TYPE "public"."task_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfa99c38e81f1b674c6b84858c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f58ea9c964319a7fdedc6cea3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26407284948576166f61718526"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_81bd478141bc8a34a30971ec1a"`);
    await queryRunner.query(`DROP TABLE "hub_member"`);
    await queryRunner.query(`DROP TYPE "public"."member_status"`);
    await queryRunner.query(`DROP TYPE "public"."hub_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7a12e9d963ca1d816bc614821"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e674092ac7c1815e65410dc948"`);
    await queryRunner.query(`DROP TABLE "measurement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3c632984518db55193d401ba8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f2e59fa6e5ecd5244a6a5663b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ae07251b44c858216f47990e3"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP TYPE "public"."goal_direction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e8a930e7f3c2136ec1c430b9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58ee4cc45e56f04f44617132a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c21e615583a3ebbb0977452afb"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."sector"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f7938edd36863454051b9e4de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_93d91325dd16451e5b884d3a0d"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP TYPE "public"."comment_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "hub_event"`);
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`DROP TABLE "hub"`);
    await queryRunner.query(`DROP TYPE "public"."hub_visibility"`);
  }
}
