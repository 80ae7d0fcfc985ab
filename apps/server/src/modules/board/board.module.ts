import { Module } from '@nestjs/common';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { ResolutionCloser } from './resolution-closer';
import { ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';

/** Board governance: seats, decision rules, resolutions and votes. */
@Module({
  controllers: [BoardController, ResolutionsController],
  providers: [BoardService, ResolutionsService, ResolutionCloser],
})
export class BoardModule {}
