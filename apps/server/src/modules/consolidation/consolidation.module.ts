import { Module } from '@nestjs/common';
import { ConsolidationController } from './consolidation.controller';
import { ConsolidationService } from './consolidation.service';

/** Where public hubs on the same SDG target overlap, and which might federate or merge. */
@Module({
  controllers: [ConsolidationController],
  providers: [ConsolidationService],
})
export class ConsolidationModule {}
