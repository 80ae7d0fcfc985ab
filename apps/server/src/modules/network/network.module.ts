import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../organizations/organization.entity';
import { NetworkAnalysis } from './network-analysis.entity';
import { NetworkChanges } from './network-changes';
import { NetworkGraphController } from './network-graph.controller';
import { NetworkGraphService } from './network-graph.service';
import { NetworkImport } from './network-import.entity';
import { NetworkInputLoader } from './network-input.loader';
import { NetworkQueueModule } from './network-queue.module';
import { Relationship } from './relationship.entity';

/** The network of organizations in the api: relationships, imports and exports, the analysed map. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, Relationship, NetworkImport, NetworkAnalysis]), NetworkQueueModule],
  controllers: [NetworkGraphController],
  providers: [NetworkChanges, NetworkInputLoader, NetworkGraphService],
})
export class NetworkModule {}
