import type { EntityManager } from 'typeorm';
import { emailDomain } from '../organizations/account-verification';
import { OrganizationMember } from '../organizations/organization-member.entity';
import { OrganizationRevision } from '../organizations/organization-revision.entity';
import { Organization } from '../organizations/organization.entity';
import { DEMO_TRUST, PLATFORM_ADMIN } from './demo-trust';
import { dayAt, orgOf, userOf, type SeedDirectory } from './seed-directory';

/** Memberships, verifications, the admin who claimed each claimed organization, a pending request and an edit. */
export async function seedTrust(
  manager: EntityManager,
  dir: SeedDirectory,
  people: { email: string; organization: string | null }[],
): Promise<void> {
  const admin = userOf(dir, PLATFORM_ADMIN.email);
  await manager.update('user', { id: admin.id }, { isPlatformAdmin: true });
  for (const [actorId, emailDomains] of Object.entries(DEMO_TRUST.verified)) {
    const org = orgOf(dir, actorId);
    await manager.update(Organization, { id: org.id }, { verifiedAt: dir.now, verifiedById: admin.id, emailDomains });
  }
  const admins = new Set(DEMO_TRUST.admins.map((a) => `${a.person.email} ${a.org}`));
  const pairs = new Map(people.flatMap((p) => (p.organization ? [[`${p.email} ${p.organization}`, p]] : [])));
  for (const [key, { email, organization }] of pairs) {
    const org = orgOf(dir, organization!);
    await manager.insert(OrganizationMember, {
      organizationId: org.id,
      userId: userOf(dir, email).id,
      role: admins.has(key) ? 'admin' : 'member',
      status: 'approved',
      joinedVia: DEMO_TRUST.verified[organization!]?.includes(emailDomain(email)) ? 'domain' : 'request',
      requestedAt: dayAt(dir, -160),
      decidedAt: dayAt(dir, -159),
      decidedById: admin.id,
    });
  }
  for (const { org } of DEMO_TRUST.admins) {
    await manager.update(Organization, { id: orgOf(dir, org).id }, { claimedAt: dayAt(dir, -159) });
  }
  const { pending, edit } = DEMO_TRUST;
  await manager.insert(OrganizationMember, {
    organizationId: orgOf(dir, pending.org).id,
    userId: userOf(dir, pending.person.email).id,
    role: 'member',
    status: 'pending',
    joinedVia: 'request',
    message: pending.message,
    requestedAt: dayAt(dir, -1),
  });
  const edited = orgOf(dir, edit.org);
  await manager.update(Organization, { id: edited.id }, { description: edit.description });
  await manager.insert(OrganizationRevision, {
    organizationId: edited.id,
    actorId: userOf(dir, edit.person.email).id,
    before: { description: edited.description } as object,
    after: { description: edit.description },
    createdAt: dayAt(dir, edit.day),
  });
}
