import { Injectable } from '@nestjs/common';
import { MAX_CATCH_UP_EVENTS, type HubJoinAck, type SimpleAck } from '@hubspoke/contracts';
import { ActivityService } from '../activity/activity.service';
import { HubAccessBatches } from '../policy/hub-access.batches';
import { groupSight, type GroupSight } from '../policy/group-sight';
import { PolicyService } from '../policy/policy.service';
import { leaveGroupRooms, syncGroupRooms } from './group-rooms';
import { HubJoinMessage, HubRefMessage, parseMessage } from './realtime.dto';
import { answer } from './socket-ack';
import { assertRoomForAnotherHub } from './socket-limits';
import { hubRoom, type AppSocket } from './socket-types';

/**
 * Joining and leaving hub rooms, with the same authorization as HTTP (the standings of many joining sockets read
 * together) and catch-up from the HubEvent table when the client is behind.
 */
@Injectable()
export class HubSubscriptions {
  constructor(
    private readonly policy: PolicyService,
    private readonly standings: HubAccessBatches,
    private readonly activity: ActivityService,
  ) {}

  join(socket: AppSocket, body: unknown): Promise<HubJoinAck> {
    return answer(async () => {
      const { hubId, sinceSeq } = await parseMessage(HubJoinMessage, body);
      const userId = socket.data.user.id;
      if (!socket.rooms.has(hubRoom(hubId))) assertRoomForAnotherHub(socket);
      const first = (await this.standings.load(userId, hubId)).access;
      this.policy.check(first, 'hub.read');
      // Into the rooms before reading the hub's last seq, so nothing committed in between is missed: the group
      // rooms first, so that no event of the reader's groups reaches them as a placeholder.
      await syncGroupRooms(socket, hubId, groupSight(first));
      await socket.join(hubRoom(hubId));
      try {
        // A removal committed between the first check and the join evicted nothing yet: check again.
        const { access, lastSeq } = await this.standings.load(userId, hubId);
        this.policy.check(access, 'hub.read');
        // the reader's working groups, read with the standing: the group rooms until a group or role event changes them
        const sight = groupSight(access);
        await syncGroupRooms(socket, hubId, sight);
        return await this.catchUp(hubId, sight, sinceSeq, lastSeq);
      } catch (error) {
        await socket.leave(hubRoom(hubId));
        await leaveGroupRooms(socket, hubId);
        throw error;
      }
    });
  }

  /** The events after the client's seq; the events index is read only when the client is behind. */
  private async catchUp(
    hubId: string,
    sight: GroupSight,
    sinceSeq: number | undefined,
    lastSeq: number,
  ): Promise<HubJoinAck> {
    if (sinceSeq === undefined || sinceSeq === lastSeq) return { ok: true, lastSeq, events: [] };
    if (sinceSeq > lastSeq) return { ok: true, resync: true, lastSeq };
    const missed = await this.activity.listAfter(hubId, sight, sinceSeq, MAX_CATCH_UP_EVENTS);
    if (missed.nextAfter !== null) return { ok: true, resync: true, lastSeq: missed.lastSeq };
    return { ok: true, lastSeq: missed.lastSeq, events: missed.items };
  }

  leave(socket: AppSocket, body: unknown): Promise<SimpleAck> {
    return answer(async () => {
      const { hubId } = await parseMessage(HubRefMessage, body);
      await socket.leave(hubRoom(hubId));
      await leaveGroupRooms(socket, hubId);
      return { ok: true as const };
    });
  }
}
