import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text indexes for `GET /search` (modules/search/search.queries.ts writes the same expressions); the `simple`
 * configuration, for titles in any language. The entities mark them synchronize: false.
 */
const INDEXES: [name: string, table: string, document: string][] = [
  ['IDX_task_search', 'task', `to_tsvector('simple', title)`],
  ['IDX_goal_search', 'goal', `to_tsvector('simple', title)`],
  ['IDX_hub_search', 'hub', `to_tsvector('simple', name)`],
  ['IDX_organization_search', 'organization', `to_tsvector('simple', name || ' ' || coalesce(short_name, ''))`],
  ['IDX_user_search', 'user', `to_tsvector('simple', name)`],
];

export class AddSearchIndexes1796690000000 implements MigrationInterface {
  name = 'AddSearchIndexes1796690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, document] of INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" USING gin ((${document}))`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await queryRunner.query(`DROP INDEX "public"."${name}"`);
  }
}
