import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import type { OrganizationRevisionDto } from './organization-members.dto';
import { OrganizationRevision } from './organization-revision.entity';
import { Organization } from './organization.entity';

/** The fields of the public record an edit may change. */
const RECORD_FIELDS = ['name', 'shortName', 'sector', 'country', 'sdgs', 'website', 'description'] as const;
type RecordField = (typeof RECORD_FIELDS)[number];
type RecordChanges = Partial<Pick<Organization, RecordField>>;

/** The history of an organization's record: each edit with who, when, before and after; platform admins undo one. */
@Injectable()
export class OrganizationRevisions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  /** Changes the record and keeps the edit (only the fields that really change); in the caller's transaction. */
  async apply(
    manager: EntityManager,
    actorId: string,
    orgId: string,
    changes: RecordChanges,
    revertOfId: string | null = null,
  ): Promise<void> {
    const [current] = await manager.query(`SELECT id FROM organization WHERE id = $1 FOR UPDATE`, [orgId]);
    if (!current) throw ApiException.notFound('Organization');
    const org = await manager.findOneByOrFail(Organization, { id: orgId });
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of RECORD_FIELDS) {
      if (!(field in changes) || isDeepStrictEqual(org[field], changes[field])) continue;
      before[field] = org[field];
      after[field] = changes[field];
    }
    if (Object.keys(after).length === 0) return;
    await manager.update(Organization, { id: orgId }, after as RecordChanges);
    await manager.insert(OrganizationRevision, {
      organizationId: orgId,
      actorId,
      before: before as object,
      after: after as object,
      revertOfId,
    });
  }

  async list(orgId: string): Promise<OrganizationRevisionDto[]> {
    if (!(await this.dataSource.manager.existsBy(Organization, { id: orgId }))) {
      throw ApiException.notFound('Organization');
    }
    const revisions = await this.dataSource.manager.find(OrganizationRevision, {
      where: { organizationId: orgId },
      relations: { actor: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 200,
    });
    return revisions.map(toRevisionDto);
  }

  /** A platform admin puts the fields of one edit back as they were before it; the undo is an edit of its own. */
  async revert(user: AuthUser, orgId: string, revisionId: string): Promise<OrganizationRevisionDto[]> {
    await this.uow.run(async (tx) => {
      await this.policy.authorizeOrganization(user, orgId, 'organization.revert', tx.manager);
      const revision = await tx.manager.findOneBy(OrganizationRevision, { id: revisionId, organizationId: orgId });
      if (!revision) throw ApiException.notFound('Revision');
      await this.apply(tx.manager, user.id, orgId, revision.before as RecordChanges, revision.id);
    });
    return this.list(orgId);
  }
}

function toRevisionDto(r: OrganizationRevision): OrganizationRevisionDto {
  return {
    id: r.id,
    actor: r.actor ? { id: r.actor.id, name: r.actor.name } : null,
    at: r.createdAt.toISOString(),
    before: r.before,
    after: r.after,
    revertOf: r.revertOfId,
  };
}
