import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every indicator of the SDG framework as a catalog metric, frozen as it was when this migration was written
 * (an indicator listed under several targets names them all), so later edits to the framework never change it.
 */
function sdgIndicatorMetrics(): unknown[] {
  const file = path.join(__dirname, '../../../../data/migrations/1795833553939-sdg-indicator-metrics.json');
  return JSON.parse(readFileSync(file, 'utf8')) as unknown[];
}

export class AddMetricCatalog1795833553939 implements MigrationInterface {
  name = 'AddMetricCatalog1795833553939';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."metric_kind" AS ENUM('sdg_indicator', 'custom')`);
    await queryRunner.query(
      `CREATE TABLE "metric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."metric_kind" NOT NULL, "code" character varying(12), "hub_id" uuid, "name" character varying(500) NOT NULL, "definition" text NOT NULL DEFAULT '', "unit" character varying(40), "calculation" text NOT NULL DEFAULT '', "sdgs" smallint array NOT NULL DEFAULT '{}', "sdg_targets" character varying(8) array NOT NULL DEFAULT '{}', "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d24c075ea2926dd32bd1c534ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bcf0dcf07ceee2ad2db63e7034" ON "metric"  ("hub_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_bd53b6e0811de7373542f0249a" ON "metric"  ("code") WHERE hub_id IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "goal" ADD "custom_metric_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'metric.created'`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type" ADD VALUE 'metric.updated'`);
    await queryRunner.query(`CREATE INDEX "IDX_f675fb2213321b5614c89dfd01" ON "goal"  ("custom_metric_id") `);
    await queryRunner.query(
      `ALTER TABLE "metric" ADD CONSTRAINT "FK_bcf0dcf07ceee2ad2db63e70340" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_f675fb2213321b5614c89dfd017" FOREIGN KEY ("custom_metric_id") REFERENCES "metric"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO metric (kind, code, name, definition, sdgs, sdg_targets)
       SELECT 'sdg_indicator', code, name, definition, sdgs, sdg_targets
         FROM jsonb_to_recordset($1::jsonb) AS m(code text, name text, definition text, sdgs smallint[], sdg_targets text[])`,
      [JSON.stringify(sdgIndicatorMetrics())],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM hub_event WHERE type IN ('metric.created', 'metric.updated')`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_f675fb2213321b5614c89dfd017"`);
    await queryRunner.query(`ALTER TABLE "metric" DROP CONSTRAINT "FK_bcf0dcf07ceee2ad2db63e70340"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f675fb2213321b5614c89dfd01"`);
    await queryRunner.query(
      `CREATE TYPE "public"."hub_event_type_old" AS ENUM('hub.created', 'hub.updated', 'hub.archived', 'member.invited', 'member.joined', 'member.role_changed', 'member.removed', 'goal.created', 'goal.updated', 'goal.deleted', 'goal.measured', 'measurement.verified', 'task.created', 'task.updated', 'task.moved', 'task.deleted', 'comment.created')`,
    );
    await queryRunner.query(
      `ALTER TABLE "hub_event" ALTER COLUMN "type" TYPE "public"."hub_event_type_old" USING "type"::"text"::"public"."hub_event_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."hub_event_type"`);
    await queryRunner.query(`ALTER TYPE "public"."hub_event_type_old" RENAME TO "hub_event_type"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP COLUMN "custom_metric_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd53b6e0811de7373542f0249a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bcf0dcf07ceee2ad2db63e7034"`);
    await queryRunner.query(`DROP TABLE "metric"`);
    await queryRunner.query(`DROP TYPE "public"."metric_kind"`);
  }
}
