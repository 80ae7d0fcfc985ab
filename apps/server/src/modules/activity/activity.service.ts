import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { HubEventDto } from '@hubspoke/contracts';
import { MoreThan, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Hub } from '../hubs/hub.entity';
import { groupSight, type GroupSight } from '../policy/group-sight';
import { PolicyService } from '../policy/policy.service';
import type { EventsQuery } from './activity.dto';
import { HubEvent } from './hub-event.entity';
import { forReader } from './event-audience';
import { toHubEventRecord, type NumberedHubEvent } from './hub-event.mapper';

@Injectable()
export class ActivityService {
  constructor(
    @InjectRepository(HubEvent) private readonly events: Repository<HubEvent>,
    @InjectRepository(Hub) private readonly hubs: Repository<Hub>,
    private readonly policy: PolicyService,
  ) {}

  async list(user: AuthUser, hubId: string, query: EventsQuery) {
    const access = await this.policy.authorize(user, hubId, 'hub.read');
    return this.listAfter(hubId, groupSight(access), query.after, query.limit);
  }

  /**
   * Events after `after`, in seq order, for the feed and for catching up after a gap; those about group-only items
   * the reader does not see come as placeholders, so the reader's seqs stay gap-free.
   */
  async listAfter(
    hubId: string,
    sight: GroupSight,
    after = 0,
    limit = 100,
  ): Promise<{ items: HubEventDto[]; lastSeq: number; nextAfter: number | null }> {
    const [rows, hub] = await Promise.all([
      this.events.find({ where: { hubId, seq: MoreThan(after) }, order: { seq: 'ASC' }, take: limit + 1 }),
      this.hubs.findOne({ where: { id: hubId }, select: { id: true, lastSeq: true } }),
    ]);
    // seq > after leaves out the events not numbered yet
    const items = (rows as NumberedHubEvent[]).slice(0, limit).map((row) => forReader(toHubEventRecord(row), sight));
    return {
      items,
      lastSeq: hub?.lastSeq ?? 0,
      nextAfter: rows.length > limit ? items[items.length - 1]!.seq : null,
    };
  }
}
