import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitOfWork } from '../../infra/database/unit-of-work';
import { Hub } from '../hubs/hub.entity';
import { ActivityController } from './activity.controller';
import { ActivityService } from './activity.service';
import { HubEvent } from './hub-event.entity';
import { HubEventBus } from './hub-event.bus';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([HubEvent, Hub])],
  controllers: [ActivityController],
  providers: [ActivityService, HubEventBus, UnitOfWork],
  exports: [ActivityService, HubEventBus, UnitOfWork],
})
export class ActivityModule {}
