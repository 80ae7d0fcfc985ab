import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../organizations/organization.entity';
import { NetworkAnalysis } from './network-analysis.entity';
import { NetworkProcessor } from './network.processor';
import { NetworkAnalysisScheduler } from './network-analysis.scheduler';
import { NetworkAnalysisService } from './network-analysis.service';
import { NetworkChanges } from './network-changes';
import { NetworkImport } from './network-import.entity';
import { NetworkImportRunner } from './network-import.runner';
import { NetworkInputLoader } from './network-input.loader';
import { Relationship } from './relationship.entity';

/** The network jobs in the worker: imports and the analysis. */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, Relationship, NetworkImport, NetworkAnalysis])],
  providers: [
    NetworkInputLoader,
    NetworkAnalysisService,
    NetworkChanges,
    NetworkAnalysisScheduler,
    NetworkProcessor,
    NetworkImportRunner,
  ],
})
export class NetworkWorkerModule {}
