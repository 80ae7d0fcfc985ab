import { EntityManager, In } from 'typeorm';
import { User } from '../auth/user.entity';
import type { DemoPerson } from './demo-data';

/** Creates the accounts that do not exist yet, verified, all with the same password hash; answers every one by email. */
export async function createUsers(
  manager: EntityManager,
  people: DemoPerson[],
  passwordHash: string,
): Promise<Map<string, User>> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(User)
    .values(people.map(({ email, name }) => ({ email, name, passwordHash, emailVerifiedAt: new Date() })))
    .orIgnore()
    .execute();
  const users = await manager.findBy(User, { email: In(people.map((p) => p.email)) });
  return new Map(users.map((u) => [u.email, u]));
}
