import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { Env } from '../config/env';
import type { RedisConnection } from '../redis/redis-connection';

/** `hubspoke#/#hub:<id>#`: the channel either adapter uses for a broadcast to one hub's room. */
const HUB_ROOM_CHANNEL = /^[^#]+#\/#(hub:[^#]+)#$/;

/**
 * Counts the hub-room messages this instance's adapter receives from Redis, and those for hubs none of its sockets
 * follow: the classic adapter hands every instance every hub's messages, the sharded one only those of the rooms it
 * has sockets in (README, "Scaling past one Redis"). GET /health reports them.
 */
@Injectable()
export class AdapterTraffic {
  private adapter?: Env['REALTIME_ADAPTER'];
  private hubMessages = 0;
  private hubMessagesForOtherInstances = 0;

  observe(server: Server, sub: RedisConnection, adapter: Env['REALTIME_ADAPTER']): void {
    this.adapter = adapter;
    const count = (channel: Buffer) => {
      const room = HUB_ROOM_CHANNEL.exec(channel.toString())?.[1];
      if (!room) return;
      this.hubMessages++;
      if (!server.of('/').adapter.rooms.has(room)) this.hubMessagesForOtherInstances++;
    };
    sub.on('pmessageBuffer', (_pattern: Buffer, channel: Buffer) => count(channel));
    sub.on('smessageBuffer', (channel: Buffer) => count(channel));
  }

  counts() {
    const { adapter, hubMessages, hubMessagesForOtherInstances } = this;
    return { adapter, hubMessages, hubMessagesForOtherInstances };
  }
}
