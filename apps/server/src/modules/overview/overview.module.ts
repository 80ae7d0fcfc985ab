import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { OverviewController } from './overview.controller';
import { OverviewService } from './overview.service';

@Module({
  imports: [GoalsModule],
  controllers: [OverviewController],
  providers: [OverviewService],
})
export class OverviewModule {}
