import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExportModule } from '../../infra/export/export.module';
import { Organization } from '../organizations/organization.entity';
import { NetworkAnalysis } from './network-analysis.entity';
import { HubMemberRolesService } from './hub-member-roles.service';
import { NetworkChanges } from './network-changes';
import { NetworkGraphController } from './network-graph.controller';
import { NetworkGraphService } from './network-graph.service';
import { NetworkExportController } from './network-export.controller';
import { NetworkExportService } from './network-export.service';
import { NetworkImportController } from './network-import.controller';
import { NetworkImport } from './network-import.entity';
import { NetworkHubsService } from './network-hubs.service';
import { NetworkImportService } from './network-import.service';
import { NetworkInputLoader } from './network-input.loader';
import { Relationship } from './relationship.entity';
import { RelationshipsController } from './relationships.controller';
import { RelationshipsService } from './relationships.service';

/** The network of organizations in the api: relationships, imports and exports, the analysed map. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, Relationship, NetworkImport, NetworkAnalysis]), ExportModule],
  controllers: [NetworkGraphController, RelationshipsController, NetworkImportController, NetworkExportController],
  providers: [
    NetworkChanges,
    NetworkInputLoader,
    HubMemberRolesService,
    NetworkGraphService,
    NetworkHubsService,
    RelationshipsService,
    NetworkImportService,
    NetworkExportService,
  ],
  exports: [NetworkChanges],
})
export class NetworkModule {}
