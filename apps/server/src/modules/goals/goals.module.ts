import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Goal } from './goal.entity';
import { GoalReader } from './goal.reader';
import { GoalValidator } from './goal.validator';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';
import { Measurement } from './measurement.entity';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsService } from './measurements.service';

@Module({
  imports: [TypeOrmModule.forFeature([Goal, Measurement])],
  controllers: [GoalsController, MeasurementsController],
  providers: [GoalsService, MeasurementsService, GoalReader, GoalValidator],
  exports: [GoalReader],
})
export class GoalsModule {}
