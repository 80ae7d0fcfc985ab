import type { HubEventDto } from '@hubspoke/contracts';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { Tx } from '../activity/unit-of-work';
import { User } from '../auth/user.entity';
import { BoardPackBuilder } from '../board/board-pack.builder';
import { GoalReader } from '../goals/goal.reader';
import { Hub } from '../hubs/hub.entity';
import { importOrganizations, importRelationships, loadActors } from './actors';
import { DEMO_PASSWORD } from './demo-data';
import { DEMO_CHALLENGES, DEMO_HUB_LINKS, DEMO_HUBS, DEMO_PEOPLE, demoLogins, type DemoLogin } from './demo-hubs';
import { numberHubEvents } from '../activity/number-hub-events';
import { seedChallenge } from './challenge-seeder';
import { seedHubLink } from './hub-link-seeder';
import { HubSeeder } from './hub-seeder';
import { seedNotifications } from './notification-seeder';
import type { SeedDirectory } from './seed-directory';
import { seedTrust } from './trust-seeder';
import { createUsers } from './users';

export type SeedResult =
  { seeded: false } | { seeded: true; organizations: number; users: number; hubs: number; events: number };

/** Serializes seeders: two processes starting at once seed once. */
const SEED_LOCK = 0x5eed;

@Injectable()
export class SeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<Env, true>,
    private readonly goalReader: GoalReader,
    private readonly packs: BoardPackBuilder,
  ) {}

  /**
   * Imports the sample organizations and their relationships, the demo people, the demo hubs with their history
   * (boards included) and the demo challenges, all in one transaction, when the database has no hub yet; otherwise
   * changes nothing.
   */
  async seedIfEmpty(now = new Date()): Promise<SeedResult> {
    if (await this.hasHubs(this.dataSource.manager)) return { seeded: false };
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, this.config.get('BCRYPT_ROUNDS', { infer: true }));
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await this.hasHubs(manager)) return { seeded: false };
      const orgs = await importOrganizations(manager);
      await importRelationships(manager, orgs);
      const users = await createUsers(manager, DEMO_PEOPLE, passwordHash);
      const tx = new Tx(manager);
      const dir: SeedDirectory = { now, orgs, users, goalReader: this.goalReader, packs: this.packs };
      const hubIds = new Map<string, string>();
      const events: HubEventDto[] = [];
      for (const hub of DEMO_HUBS) {
        const hubId = await new HubSeeder(tx, dir, hub).run();
        events.push(...(await numberHubEvents(manager, hubId)));
        hubIds.set(hub.slug, hubId);
      }
      for (const link of DEMO_HUB_LINKS) {
        for (const hubId of await seedHubLink(tx, dir, DEMO_HUBS, link)) {
          events.push(...(await numberHubEvents(manager, hubId)));
        }
      }
      for (const challenge of DEMO_CHALLENGES) await seedChallenge(manager, dir, hubIds, challenge);
      await seedTrust(manager, dir, demoLogins());
      await seedNotifications(manager, dir, events);
      return {
        seeded: true,
        organizations: orgs.size,
        users: users.size,
        hubs: DEMO_HUBS.length,
        events: events.length,
      };
    });
  }

  /** The demo logins whose accounts exist, with their organizations' short names. */
  async logins(): Promise<DemoLogin[]> {
    const all = demoLogins();
    const existing = new Set(
      (await this.dataSource.manager.findBy(User, { email: In(all.map((l) => l.email)) })).map((u) => u.email),
    );
    const names = new Map(loadActors().map((a) => [a.id, a.short_name ?? a.name]));
    return all
      .filter((l) => existing.has(l.email))
      .map((l) => ({ ...l, organization: l.organization && (names.get(l.organization) ?? l.organization) }));
  }

  private hasHubs(manager: EntityManager): Promise<boolean> {
    return manager.exists(Hub);
  }
}
