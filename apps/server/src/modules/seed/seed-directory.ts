import type { User } from '../auth/user.entity';
import type { BoardPackBuilder } from '../board/board-pack.builder';
import type { GoalReader } from '../goals/goal.reader';
import type { Organization } from '../organizations/organization.entity';

/** What all demo data shares: the moment of seeding, the organizations by actor id, the users by email, readers. */
export interface SeedDirectory {
  now: Date;
  orgs: Map<string, Organization>;
  users: Map<string, User>;
  goalReader: GoalReader;
  packs: BoardPackBuilder;
}

export const DAY_MS = 86_400_000;

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo data refers to an unknown ${what}`);
  return value;
}

/** The instant `day` whole days from the moment of seeding (negative = past). */
export function dayAt(dir: SeedDirectory, day: number): Date {
  return new Date(dir.now.getTime() + day * DAY_MS);
}

export function orgOf(dir: SeedDirectory, actorId: string): Organization {
  return found(dir.orgs.get(actorId), `organization "${actorId}"`);
}

export function userOf(dir: SeedDirectory, email: string): User {
  return found(dir.users.get(email), `person ${email}`);
}
