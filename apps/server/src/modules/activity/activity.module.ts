import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitOfWork } from './unit-of-work';
import { Hub } from '../hubs/hub.entity';
import { ActivityController } from './activity.controller';
import { ActivityService } from './activity.service';
import { HubEvent } from './hub-event.entity';
import { HubEventBus } from './hub-event.bus';
import { HubSequencer } from './hub-sequencer';
import { UnnumberedEventSweeper } from './unnumbered-event.sweeper';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([HubEvent, Hub])],
  controllers: [ActivityController],
  providers: [ActivityService, HubEventBus, HubSequencer, UnnumberedEventSweeper, UnitOfWork],
  exports: [ActivityService, HubEventBus, UnitOfWork],
})
export class ActivityModule {}
