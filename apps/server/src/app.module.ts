import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnv } from './infra/config/env';
import { DatabaseModule } from './infra/database/database.module';
import { IdempotencyModule } from './infra/idempotency/idempotency.module';
import { RateLimitModule } from './infra/http/rate-limit/rate-limit.module';
import { LifecycleModule } from './infra/lifecycle/shutdown-state';
import { LoggingModule } from './infra/logging/logging.module';
import { QueueConnectionModule } from './infra/queue/queue-connection.module';
import { RedisModule } from './infra/redis/redis.module';
import { AccountMailModule } from './modules/account-mail/account-mail.module';
import { ActivityModule } from './modules/activity/activity.module';
import { AuthModule } from './modules/auth/auth.module';
import { BoardModule } from './modules/board/board.module';
import { MyWorkModule } from './modules/my-work/my-work.module';
import { SearchModule } from './modules/search/search.module';
import { ChallengesModule } from './modules/challenges/challenges.module';
import { CommentsModule } from './modules/comments/comments.module';
import { ConsolidationModule } from './modules/consolidation/consolidation.module';
import { DigestsModule } from './modules/digests/digests.module';
import { FederationModule } from './modules/federation/federation.module';
import { GoalsModule } from './modules/goals/goals.module';
import { HealthModule } from './modules/health/health.module';
import { HubsModule } from './modules/hubs/hubs.module';
import { MembersModule } from './modules/members/members.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { NetworkModule } from './modules/network/network.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { OverviewModule } from './modules/overview/overview.module';
import { PolicyModule } from './modules/policy/policy.module';
import { PublicHubsModule } from './modules/public-hubs/public-hubs.module';
import { RatingsModule } from './modules/ratings/ratings.module';
import { RealtimeModule } from './modules/realtime/realtime.module';
import { SdgModule } from './modules/sdg/sdg.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { WorkingGroupsModule } from './modules/working-groups/working-groups.module';
import { QueuesModule } from './queues/queues.module';

const FEATURES = [
  LoggingModule,
  DatabaseModule,
  RedisModule,
  QueueConnectionModule.forRoot('api'),
  QueuesModule,
  LifecycleModule,
  IdempotencyModule,
  PolicyModule,
  AccountMailModule,
  ActivityModule,
  AuthModule,
  // after AuthModule: its guard runs after the AuthGuard and counts signed-in callers by account
  RateLimitModule,
  HealthModule,
  RealtimeModule,
  NotificationsModule,
  SdgModule,
  MetricsModule,
  GoalsModule,
  FederationModule,
  OverviewModule,
  OrganizationsModule,
  HubsModule,
  MembersModule,
  WorkingGroupsModule,
  TasksModule,
  CommentsModule,
  DigestsModule,
  NetworkModule,
  RatingsModule,
  PublicHubsModule,
  ConsolidationModule,
  BoardModule,
  ChallengesModule,
  SearchModule,
  MyWorkModule,
];

/** The api. `forRoot` reads and validates the environment when called, so tests can set it first. */
@Module({})
export class AppModule {
  static forRoot(): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: validateEnv,
        }),
        ...FEATURES,
      ],
    };
  }
}
