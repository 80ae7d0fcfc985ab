import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicCacheModule } from '../public-cache/public-cache.module';
import { Goal } from './goal.entity';
import { GoalReader } from './goal.reader';
import { GoalValidator } from './goal.validator';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';
import { Measurement } from './measurement.entity';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsService } from './measurements.service';
import { PublicGoalReader } from './public-goal.reader';
import { RollUpReader } from './roll-up.reader';

@Module({
  imports: [TypeOrmModule.forFeature([Goal, Measurement]), PublicCacheModule],
  controllers: [GoalsController, MeasurementsController],
  providers: [GoalsService, MeasurementsService, GoalReader, GoalValidator, PublicGoalReader, RollUpReader],
  exports: [GoalReader, PublicGoalReader],
})
export class GoalsModule {}
