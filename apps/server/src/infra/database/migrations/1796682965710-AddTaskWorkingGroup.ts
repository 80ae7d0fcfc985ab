import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTaskWorkingGroup1796682965710 implements MigrationInterface {
  name = 'AddTaskWorkingGroup1796682965710';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" ADD "working_group_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_736fb0590d32c731fe2eae8ee6" ON "task"  ("hub_id", "working_group_id") `);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_9246818a6869d6aa5ab1c0c4c27" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_9246818a6869d6aa5ab1c0c4c27"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_736fb0590d32c731fe2eae8ee6"`);
    await queryRunner.query(`ALTER TABLE "task" DROP COLUMN "working_group_id"`);
  }
}
