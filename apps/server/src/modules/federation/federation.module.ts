import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { GoalContributionsController } from './goal-contributions.controller';
import { GoalContributionsService } from './goal-contributions.service';
import { HubLinksController } from './hub-links.controller';
import { HubLinksService } from './hub-links.service';
import { RollUpPropagator } from './roll-up.propagator';
import { RolledUpGoalEmitter } from './rolled-up-goal.emitter';

/** Hubs of hubs: links between hubs with both secretariats' consent, and goals rolling up across them. */
@Module({
  imports: [GoalsModule],
  controllers: [HubLinksController, GoalContributionsController],
  providers: [HubLinksService, GoalContributionsService, RolledUpGoalEmitter, RollUpPropagator],
})
export class FederationModule {}
