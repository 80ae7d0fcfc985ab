import { Module } from '@nestjs/common';
import { ExportModule } from '../../infra/export/export.module';
import { RatingsExportService } from './ratings-export.service';
import { RatingsController } from './ratings.controller';
import { RatingsService } from './ratings.service';

/** Ratings in the api: league tables, explained hub ratings, exports. The worker computes them (RatingsWorkerModule). */
@Module({
  imports: [ExportModule],
  controllers: [RatingsController],
  providers: [RatingsService, RatingsExportService],
  exports: [RatingsService],
})
export class RatingsModule {}
