import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { BoardPackBuilder } from './board-pack.builder';
import { BoardReviewsController } from './board-reviews.controller';
import { BoardReviewsService } from './board-reviews.service';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { ResolutionCloser } from './resolution-closer';
import { ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';

/** Board governance: seats, decision rules, resolutions and votes, reviews with their packs. */
@Module({
  imports: [GoalsModule],
  controllers: [BoardController, ResolutionsController, BoardReviewsController],
  providers: [BoardService, ResolutionsService, ResolutionCloser, BoardReviewsService, BoardPackBuilder],
})
export class BoardModule {}
