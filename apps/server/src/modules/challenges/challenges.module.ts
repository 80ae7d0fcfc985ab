import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { HubsModule } from '../hubs/hubs.module';
import { MembersModule } from '../members/members.module';
import { NetworkModule } from '../network/network.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ChallengeAwardService } from './challenge-award.service';
import { ChallengeChanges } from './challenge-changes';
import { ChallengeReviewsService } from './challenge-reviews.service';
import { ChallengesController, PublicChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';
import { ProposalsService } from './proposals.service';

/** Funder challenges: proposals, conflict-free peer review with normalised scores, and awards that grow hubs. */
@Module({
  imports: [GoalsModule, HubsModule, MembersModule, NetworkModule, NotificationsModule],
  controllers: [PublicChallengesController, ChallengesController],
  providers: [ChallengesService, ProposalsService, ChallengeReviewsService, ChallengeAwardService, ChallengeChanges],
  exports: [ChallengeChanges],
})
export class ChallengesModule {}
