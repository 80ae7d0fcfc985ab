import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexHubMembersByHub1796672858534 implements MigrationInterface {
  name = 'IndexHubMembersByHub1796672858534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_044b9b1af5dfce240769efe431" ON "hub_member"  ("hub_id", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_044b9b1af5dfce240769efe431"`);
  }
}
