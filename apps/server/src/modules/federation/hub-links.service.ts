import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HubFederationDto, HubLinkDto, HubLinkStatus } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import { UnitOfWork, type Tx } from '../activity/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import type { RequestHubLinkDto } from './federation.dto';
import { lockHubGraph, wouldCloseCycle } from './hub-graph';
import { HubLink } from './hub-link.entity';
import { readHubLink, readOpenLinks } from './hub-link.mapper';
import { deleteRollUpSources } from './roll-up-sources';
import { RolledUpGoalEmitter } from './rolled-up-goal.emitter';

const CYCLE = 'A hub cannot become a spoke of itself or of a hub below it';

/**
 * Hub links need both secretariats: one side asks (a child to join, a parent to invite), the other side accepts or
 * declines; either side ends an active link or withdraws a pending one. Every change is an event in both hubs.
 */
@Injectable()
export class HubLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly rolledUp: RolledUpGoalEmitter,
  ) {}

  async list(user: AuthUser, hubId: string): Promise<HubFederationDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const links = await readOpenLinks(this.dataSource.manager, hubId);
    return {
      parents: links.filter((l) => l.childHub.id === hubId),
      children: links.filter((l) => l.parentHub.id === hubId),
    };
  }

  request(user: AuthUser, hubId: string, dto: RequestHubLinkDto): Promise<HubLinkDto> {
    const { parentHubId, childHubId } = dto;
    if ((parentHubId === undefined) === (childHubId === undefined)) {
      throw ApiException.badRequest('Some fields are invalid', {
        parentHubId: ['send either parentHubId (to join a hub) or childHubId (to invite one), not both'],
      });
    }
    const field = parentHubId ? 'parentHubId' : 'childHubId';
    const otherHubId = (parentHubId ?? childHubId)!;
    const link = parentHubId ? { parentHubId, childHubId: hubId } : { parentHubId: hubId, childHubId: childHubId! };
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'federation.manage', undefined, m);
      if (!(await this.mayAsk(user, m, otherHubId))) {
        throw ApiException.badRequest('Some fields are invalid', { [field]: ['is not a known hub open to changes'] });
      }
      await lockHubGraph(m);
      if (await wouldCloseCycle(m, link.parentHubId, link.childHubId)) throw ApiException.conflict(CYCLE);
      const open: unknown[] = await m.query(
        `SELECT 1 FROM hub_link WHERE status IN ('pending', 'active')
            AND ((parent_hub_id = $1 AND child_hub_id = $2) OR (parent_hub_id = $2 AND child_hub_id = $1))`,
        [link.parentHubId, link.childHubId],
      );
      if (open.length > 0) throw ApiException.conflict('These hubs are already linked, or one asked the other');
      const inserted = await m.insert(HubLink, {
        ...link,
        status: 'pending',
        requestedByHubId: hubId,
        requestedById: user.id,
      });
      return this.emitBoth(tx, inserted.identifiers[0]!.id as string, 'hub_link.requested', user.id);
    });
  }

  /** The side that did not ask accepts; the link is checked for a cycle again, under the graph's lock. */
  accept(user: AuthUser, hubId: string, linkId: string): Promise<HubLinkDto> {
    return this.decide(user, hubId, linkId, 'active');
  }

  decline(user: AuthUser, hubId: string, linkId: string): Promise<HubLinkDto> {
    return this.decide(user, hubId, linkId, 'declined');
  }

  /** Leave a parent, end a child's membership, or withdraw a request; the child's goals stop rolling up. */
  end(user: AuthUser, hubId: string, linkId: string): Promise<HubLinkDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'federation.manage', undefined, m);
      await lockHubGraph(m);
      const link = await this.openLinkOf(m, hubId, linkId);
      if (link.status === 'pending' && link.requestedByHubId !== hubId) {
        throw ApiException.conflict('This request waits for your decision: accept or decline it');
      }
      await m.update(HubLink, { id: linkId }, { status: 'ended', endedAt: new Date() });
      const unmapped = await deleteRollUpSources(m, 'parent_hub_id = $1 AND child_hub_id = $2', [
        link.parentHubId,
        link.childHubId,
      ]);
      const ended = await this.emitBoth(tx, linkId, 'hub_link.ended', user.id);
      await this.rolledUp.emit(tx, unmapped, user.id);
      return ended;
    });
  }

  private decide(user: AuthUser, hubId: string, linkId: string, status: HubLinkStatus): Promise<HubLinkDto> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      await this.policy.authorize(user, hubId, 'federation.manage', undefined, m);
      await lockHubGraph(m);
      const link = await this.openLinkOf(m, hubId, linkId);
      if (link.status !== 'pending') throw ApiException.conflict('This link is already decided');
      if (link.requestedByHubId === hubId) {
        throw ApiException.forbidden("Your hub asked; the other hub's secretariat decides");
      }
      if (status === 'active' && (await wouldCloseCycle(m, link.parentHubId, link.childHubId))) {
        throw ApiException.conflict(CYCLE);
      }
      await m.update(HubLink, { id: linkId }, { status, decidedById: user.id, decidedAt: new Date() });
      return this.emitBoth(tx, linkId, status === 'active' ? 'hub_link.accepted' : 'hub_link.declined', user.id);
    });
  }

  /** A pending or active link of the hub, either side; 404 otherwise. */
  private async openLinkOf(m: EntityManager, hubId: string, linkId: string): Promise<HubLink> {
    const link = await m.findOneBy(HubLink, [
      { id: linkId, parentHubId: hubId },
      { id: linkId, childHubId: hubId },
    ]);
    if (!link || (link.status !== 'pending' && link.status !== 'active')) throw ApiException.notFound('Hub link');
    return link;
  }

  /**
   * Whether the caller may ask the other hub: one they can read (a public hub, or a private one they belong to) and not
   * archived. A private hub they do not belong to answers like an unknown one: its name never reaches them.
   */
  private async mayAsk(user: AuthUser, m: EntityManager, hubId: string): Promise<boolean> {
    const other = await this.policy.readAccess(user, hubId, m).catch((error: unknown) => {
      if (error instanceof ApiException) return null;
      throw error;
    });
    return other !== null && !other.archived;
  }

  private async emitBoth(
    tx: Tx,
    linkId: string,
    type: 'hub_link.requested' | 'hub_link.accepted' | 'hub_link.declined' | 'hub_link.ended',
    actorId: string,
  ): Promise<HubLinkDto> {
    const link = (await readHubLink(tx.manager, linkId))!;
    for (const hubId of [link.parentHub.id, link.childHub.id]) {
      await tx.emit({ hubId, type, actorId, entityId: linkId, payload: link });
    }
    return link;
  }
}
