import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddHubRatings1795833418553 implements MigrationInterface {
  name = 'AddHubRatings1795833418553';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "hub_rating" ("hub_id" uuid NOT NULL, "sdg" smallint NOT NULL, "score" double precision NOT NULL, "goals" integer NOT NULL, "components" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e1524f902b9e8d08e2aea0b58e3" PRIMARY KEY ("hub_id", "sdg"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6231830d7e018eace738a867f2" ON "hub_rating"  ("sdg", "score") `);
    await queryRunner.query(
      `ALTER TABLE "hub_rating" ADD CONSTRAINT "FK_d8c718e7791657fc318d4fef806" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hub_rating" DROP CONSTRAINT "FK_d8c718e7791657fc318d4fef806"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6231830d7e018eace738a867f2"`);
    await queryRunner.query(`DROP TABLE "hub_rating"`);
  }
}
