import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../organizations/organization.entity';
import { NetworkAnalysis } from './network-analysis.entity';
import { NetworkImport } from './network-import.entity';
import { NetworkQueueModule } from './network-queue.module';
import { Relationship } from './relationship.entity';

/** The network of organizations in the api: relationships, imports and exports, the analysed map. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, Relationship, NetworkImport, NetworkAnalysis]), NetworkQueueModule],
  controllers: [],
  providers: [],
})
export class NetworkModule {}
