import { UseFilters } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { HubJoinAck, PresenceListAck, SimpleAck } from '@hubspoke/contracts';
import { ChallengeRelay } from './challenge.relay';
import { DeliveryRepair } from './delivery-repair.service';
import { HubEventRelay } from './hub-event.relay';
import { HubSubscriptions } from './hub-subscriptions.service';
import { NotificationRelay } from './notification.relay';
import { PresenceService } from './presence.service';
import { SocketAckFilter } from './socket-ack.filter';
import { SocketSessions } from './socket-sessions';
import type { AppServer, AppSocket } from './socket-types';

/** The socket.io endpoint (DESIGN.md, "Every change is an event"); each handler calls one service. */
@WebSocketGateway()
@UseFilters(new SocketAckFilter())
export class RealtimeGateway implements OnGatewayInit<AppServer>, OnGatewayConnection, OnGatewayDisconnect {
  constructor(
    private readonly sessions: SocketSessions,
    private readonly hubs: HubSubscriptions,
    private readonly relay: HubEventRelay,
    private readonly notifications: NotificationRelay,
    private readonly challenges: ChallengeRelay,
    private readonly repair: DeliveryRepair,
    private readonly presence: PresenceService,
  ) {}

  afterInit(server: AppServer): void {
    this.sessions.authenticate(server);
    this.relay.start(server);
    this.notifications.start(server);
    this.challenges.start(server);
    this.repair.start(server);
    this.presence.start(server);
  }

  handleConnection(socket: AppSocket): void {
    this.sessions.open(socket);
  }

  handleDisconnect(socket: AppSocket): void {
    this.sessions.close(socket);
  }

  @SubscribeMessage('hub:join')
  join(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<HubJoinAck> {
    return this.hubs.join(socket, body);
  }

  @SubscribeMessage('hub:leave')
  leave(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    return this.hubs.leave(socket, body);
  }

  @SubscribeMessage('presence:set')
  setPresence(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    return this.presence.set(socket, body);
  }

  @SubscribeMessage('presence:list')
  listPresence(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<PresenceListAck> {
    return this.presence.list(socket, body);
  }
}
