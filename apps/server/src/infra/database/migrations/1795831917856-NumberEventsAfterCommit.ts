import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events commit without a seq and are numbered right after, per hub, by number_hub_events: the hub row is locked only
 * for that short numbering, not for the writers' whole transactions.
 */
export class NumberEventsAfterCommit1795831917856 implements MigrationInterface {
  name = 'NumberEventsAfterCommit1795831917856';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hub_event" ADD "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`);
    await queryRunner.query(`ALTER TABLE "hub_event" DROP CONSTRAINT "PK_c0215133452308463bac23d0ce5"`);
    await queryRunner.query(
      `ALTER TABLE "hub_event" ADD CONSTRAINT "PK_9ded31233a4af7dd243675835de" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(`ALTER TABLE "hub_event" ALTER COLUMN "seq" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c0215133452308463bac23d0ce" ON "hub_event" ("hub_id", "seq")`);
    await queryRunner.query(`CREATE INDEX "IDX_hub_event_unnumbered" ON "hub_event" ("hub_id") WHERE seq IS NULL`);
    // The hub row lock serializes numbering per hub. In a plpgsql function each statement takes a new snapshot, so
    // the UPDATE, which starts once the lock is held, sees every event a previous numbering left unnumbered.
    await queryRunner.query(`
      CREATE FUNCTION number_hub_events(p_hub_id uuid) RETURNS SETOF hub_event LANGUAGE plpgsql AS $$
      DECLARE
        head bigint;
        numbered bigint;
      BEGIN
        SELECT last_seq INTO head FROM hub WHERE id = p_hub_id FOR UPDATE;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        RETURN QUERY
          WITH pending AS (
            SELECT id, row_number() OVER (ORDER BY id) AS n FROM hub_event WHERE hub_id = p_hub_id AND seq IS NULL
          ), numbered_events AS (
            UPDATE hub_event e SET seq = head + pending.n FROM pending WHERE e.id = pending.id RETURNING e.*
          )
          SELECT * FROM numbered_events ORDER BY seq;
        GET DIAGNOSTICS numbered = ROW_COUNT;
        IF numbered > 0 THEN
          UPDATE hub SET last_seq = head + numbered WHERE id = p_hub_id;
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `SELECT count(*) FROM (SELECT DISTINCT hub_id FROM hub_event WHERE seq IS NULL) h, number_hub_events(h.hub_id)`,
    );
    await queryRunner.query(`DROP FUNCTION number_hub_events(uuid)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_hub_event_unnumbered"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0215133452308463bac23d0ce"`);
    await queryRunner.query(`ALTER TABLE "hub_event" DROP CONSTRAINT "PK_9ded31233a4af7dd243675835de"`);
    await queryRunner.query(`ALTER TABLE "hub_event" ALTER COLUMN "seq" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "hub_event" ADD CONSTRAINT "PK_c0215133452308463bac23d0ce5" PRIMARY KEY ("hub_id", "seq")`,
    );
    await queryRunner.query(`ALTER TABLE "hub_event" DROP COLUMN "id"`);
  }
}
