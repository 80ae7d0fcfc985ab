import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HubMember } from '../members/hub-member.entity';
import { Organization } from '../organizations/organization.entity';
import { PublicCacheModule } from '../public-cache/public-cache.module';
import { HubDirectoryService } from './hub-directory.service';
import { Hub } from './hub.entity';
import { HubsController } from './hubs.controller';
import { HubsService } from './hubs.service';

@Module({
  imports: [TypeOrmModule.forFeature([Hub, HubMember, Organization]), PublicCacheModule],
  controllers: [HubsController],
  providers: [HubsService, HubDirectoryService],
  exports: [HubsService],
})
export class HubsModule {}
