import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SocketRedisModule } from '../../infra/realtime/socket-redis';
import { HubEvent } from '../activity/hub-event.entity';
import { ChallengesModule } from '../challenges/challenges.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccountMessageBudgets } from './account-message-budgets';
import { ChallengeRelay } from './challenge.relay';
import { DeliveryRepair } from './delivery-repair.service';
import { HubEventRelay } from './hub-event.relay';
import { HubSubscriptions } from './hub-subscriptions.service';
import { NotificationRelay } from './notification.relay';
import { PresenceService } from './presence.service';
import { PresenceStore } from './presence.store';
import { RealtimeGateway } from './realtime.gateway';
import { SocketMessageGate } from './socket-message-gate';
import { SocketSessions } from './socket-sessions';

@Module({
  imports: [SocketRedisModule, NotificationsModule, ChallengesModule, TypeOrmModule.forFeature([HubEvent])],
  providers: [
    RealtimeGateway,
    SocketSessions,
    SocketMessageGate,
    AccountMessageBudgets,
    HubSubscriptions,
    HubEventRelay,
    NotificationRelay,
    ChallengeRelay,
    DeliveryRepair,
    PresenceService,
    PresenceStore,
  ],
})
export class RealtimeModule {}
