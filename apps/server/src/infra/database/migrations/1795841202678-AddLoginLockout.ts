import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLoginLockout1795841202678 implements MigrationInterface {
  name = 'AddLoginLockout1795841202678';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "user" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "failed_logins"`);
  }
}
