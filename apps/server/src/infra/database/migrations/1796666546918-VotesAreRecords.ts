import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Votes become records (each keeps its seat and voter as they were when cast, and outlives its seat) and closed
 * resolutions keep the tally they were decided by. Existing votes get their snapshot from today's seats and members;
 * closed resolutions are frozen with the tally they show today (their seats at the close were never recorded).
 */
export class VotesAreRecords1796666546918 implements MigrationInterface {
  name = 'VotesAreRecords1796666546918';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "FK_d981be1c1c3b23916cb78039f75"`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "PK_fbeae0e68b17f7bb4b5629032d3"`);
    await queryRunner.query(`ALTER TABLE "vote" ADD CONSTRAINT "PK_2d5932d46afe39c8176f9d4be72" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "vote" ALTER COLUMN "seat_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "seat_title" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "seat_kind" "public"."board_seat_kind"`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "seat_constituency" "public"."board_constituency"`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "voter_member_id" uuid`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "voter_name" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "voter_organization_id" uuid`);
    await queryRunner.query(`ALTER TABLE "vote" ADD "voter_organization_name" character varying(200)`);
    // the voter's membership: the one the seat names for the vote's place, else the user's latest in the hub
    await queryRunner.query(`
      WITH recorded AS (
        SELECT v.id, s.title, s.kind, s.constituency, m.id AS member_id, u.name, o.id AS organization_id,
               o.name AS organization_name
          FROM vote v
          JOIN board_seat s ON s.id = v.seat_id
          JOIN "user" u ON u.id = v.user_id
          JOIN LATERAL (
                SELECT hm.id, hm.organization_id FROM hub_member hm
                 WHERE hm.hub_id = s.hub_id AND hm.user_id = v.user_id
                 ORDER BY (hm.id = CASE v.cast_by WHEN 'holder' THEN s.holder_member_id ELSE s.alternate_member_id END)
                          IS TRUE DESC, hm.status = 'active' DESC, hm.created_at DESC
                 LIMIT 1) m ON true
          JOIN organization o ON o.id = m.organization_id)
      UPDATE vote v
         SET seat_title = r.title, seat_kind = r.kind, seat_constituency = r.constituency, voter_member_id = r.member_id,
             voter_name = r.name, voter_organization_id = r.organization_id, voter_organization_name = r.organization_name
        FROM recorded r WHERE r.id = v.id`);
    for (const column of [
      'seat_title',
      'seat_kind',
      'seat_constituency',
      'voter_member_id',
      'voter_name',
      'voter_organization_id',
      'voter_organization_name',
    ]) {
      await queryRunner.query(`ALTER TABLE "vote" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_601f4eaed5fedabe18d096a623" ON "vote"  ("resolution_id", "seat_id", "cast_by", "voter_member_id") `,
    );
    await queryRunner.query(`ALTER TABLE "resolution" ADD "final_tally" jsonb`);
    // the tally as the api counted it until now (tally.ts): today's seats; per seat the holder's vote, else the alternate's
    await queryRunner.query(`
      WITH counted AS (
        SELECT DISTINCT ON (v.resolution_id, v.seat_id) v.resolution_id, v.id, v.choice
          FROM vote v JOIN resolution r ON r.id = v.resolution_id
          JOIN board_seat s ON s.id = v.seat_id AND s.hub_id = r.hub_id
         WHERE r.status <> 'open'
         ORDER BY v.resolution_id, v.seat_id, (v.cast_by = 'holder') DESC, v.cast_at DESC, v.id),
      counts AS (
        SELECT r.id, r.quorum, r.majority,
               (SELECT count(*) FROM board_seat s WHERE s.hub_id = r.hub_id)::int AS seats,
               (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'title', s.title, 'kind', s.kind,
                                                             'constituency', s.constituency) ORDER BY s.title, s.id),
                                '[]'::jsonb)
                  FROM board_seat s WHERE s.hub_id = r.hub_id) AS seat_list,
               count(c.id)::int AS voted,
               count(c.id) FILTER (WHERE c.choice = 'for')::int AS for_votes,
               count(c.id) FILTER (WHERE c.choice = 'against')::int AS against,
               count(c.id) FILTER (WHERE c.choice = 'abstain')::int AS abstain,
               coalesce(jsonb_agg(c.id) FILTER (WHERE c.id IS NOT NULL), '[]'::jsonb) AS counted_vote_ids
          FROM resolution r LEFT JOIN counted c ON c.resolution_id = r.id
         WHERE r.status <> 'open'
         GROUP BY r.id)
      UPDATE resolution r
         SET final_tally = jsonb_build_object(
               'tally', jsonb_build_object(
                 'seats', c.seats, 'voted', c.voted, 'for', c.for_votes, 'against', c.against, 'abstain', c.abstain,
                 'quorumMet', c.seats > 0 AND c.voted::float8 / c.seats >= c.quorum - 1e-9,
                 'majorityMet', c.for_votes > 0 AND CASE c.majority
                   WHEN 'simple' THEN c.for_votes > c.against
                   WHEN 'two_thirds' THEN c.for_votes * 3 >= (c.for_votes + c.against) * 2
                   ELSE c.against = 0 END),
               'seats', c.seat_list,
               'countedVoteIds', c.counted_vote_ids)
        FROM counts c WHERE c.id = r.id`);
    await queryRunner.query(
      `ALTER TABLE "resolution" ADD CONSTRAINT "CHK_c14e5cce9910e0fd11404e61f4" CHECK (("status" = 'open') = ("final_tally" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "FK_d981be1c1c3b23916cb78039f75" FOREIGN KEY ("seat_id") REFERENCES "board_seat"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "FK_d981be1c1c3b23916cb78039f75"`);
    await queryRunner.query(`ALTER TABLE "resolution" DROP CONSTRAINT "CHK_c14e5cce9910e0fd11404e61f4"`);
    await queryRunner.query(`ALTER TABLE "resolution" DROP COLUMN "final_tally"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_601f4eaed5fedabe18d096a623"`);
    // the old shape holds neither removed seats' votes nor a seat's former holder's beside its current holder's
    await queryRunner.query(`
      DELETE FROM vote v WHERE v.seat_id IS NULL OR EXISTS (
        SELECT 1 FROM vote w WHERE w.resolution_id = v.resolution_id AND w.seat_id = v.seat_id
           AND w.cast_by = v.cast_by AND (w.cast_at, w.id) > (v.cast_at, v.id))`);
    for (const column of [
      'voter_organization_name',
      'voter_organization_id',
      'voter_name',
      'voter_member_id',
      'seat_constituency',
      'seat_kind',
      'seat_title',
    ]) {
      await queryRunner.query(`ALTER TABLE "vote" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`ALTER TABLE "vote" ALTER COLUMN "seat_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "vote" DROP CONSTRAINT "PK_2d5932d46afe39c8176f9d4be72"`);
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "PK_fbeae0e68b17f7bb4b5629032d3" PRIMARY KEY ("resolution_id", "seat_id", "cast_by")`,
    );
    await queryRunner.query(`ALTER TABLE "vote" DROP COLUMN "id"`);
    await queryRunner.query(
      `ALTER TABLE "vote" ADD CONSTRAINT "FK_d981be1c1c3b23916cb78039f75" FOREIGN KEY ("seat_id") REFERENCES "board_seat"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
