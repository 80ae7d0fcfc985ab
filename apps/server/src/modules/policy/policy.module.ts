import { Global, Module } from '@nestjs/common';
import { HubAccessBatches } from './hub-access.batches';
import { PolicyService } from './policy.service';

@Global()
@Module({ providers: [PolicyService, HubAccessBatches], exports: [PolicyService, HubAccessBatches] })
export class PolicyModule {}
