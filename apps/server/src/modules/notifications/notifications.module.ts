import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notification.entity';
import { NotificationBus } from './notification.bus';
import { NotificationListener } from './notification.listener';
import { NotificationPlanner } from './notification-planner';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationPlanner, NotificationBus, NotificationListener],
  exports: [NotificationBus],
})
export class NotificationsModule {}
