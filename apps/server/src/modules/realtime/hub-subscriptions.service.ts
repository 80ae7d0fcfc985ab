import { Injectable } from '@nestjs/common';
import { MAX_CATCH_UP_EVENTS, type HubJoinAck, type SimpleAck } from '@hubspoke/contracts';
import { ActivityService } from '../activity/activity.service';
import { PolicyService } from '../policy/policy.service';
import { HubJoinMessage, HubRefMessage, parseMessage } from './realtime.dto';
import { answer } from './socket-ack';
import { assertRoomForAnotherHub } from './socket-limits';
import { hubRoom, type AppSocket } from './socket-types';

/** Joining and leaving hub rooms, with the same authorization as HTTP and catch-up from the HubEvent table. */
@Injectable()
export class HubSubscriptions {
  constructor(
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  join(socket: AppSocket, body: unknown): Promise<HubJoinAck> {
    return answer(async () => {
      const { hubId, sinceSeq } = await parseMessage(HubJoinMessage, body);
      const user = socket.data.user;
      if (!socket.rooms.has(hubRoom(hubId))) assertRoomForAnotherHub(socket);
      await this.policy.authorize(user, hubId, 'hub.read');
      // Into the room before reading the missed events, so nothing committed in between is missed.
      await socket.join(hubRoom(hubId));
      try {
        const [, missed] = await Promise.all([
          // A removal committed between the first check and the join evicted nothing yet: check again.
          this.policy.authorize(user, hubId, 'hub.read'),
          // Without sinceSeq only lastSeq is wanted.
          this.activity.listAfter(hubId, sinceSeq ?? Number.MAX_SAFE_INTEGER, MAX_CATCH_UP_EVENTS),
        ]);
        if (sinceSeq === undefined) return { ok: true, lastSeq: missed.lastSeq, events: [] };
        if (missed.nextAfter !== null || sinceSeq > missed.lastSeq) {
          return { ok: true, resync: true, lastSeq: missed.lastSeq };
        }
        return { ok: true, lastSeq: missed.lastSeq, events: missed.items };
      } catch (error) {
        await socket.leave(hubRoom(hubId));
        throw error;
      }
    });
  }

  leave(socket: AppSocket, body: unknown): Promise<SimpleAck> {
    return answer(async () => {
      const { hubId } = await parseMessage(HubRefMessage, body);
      await socket.leave(hubRoom(hubId));
      return { ok: true as const };
    });
  }
}
