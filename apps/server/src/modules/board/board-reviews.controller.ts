import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { BoardQueueDto, BoardReviewDto, PackReaderDto, ScheduleReviewDto } from './board.dto';
import { BoardReviewsService } from './board-reviews.service';

@ApiTags('board')
@Controller()
export class BoardReviewsController {
  constructor(private readonly reviews: BoardReviewsService) {}

  @Get('board/queue')
  @ApiOperation({ summary: 'What awaits me as a board member: packs to read, votes to cast' })
  @ApiOkResponse({ type: BoardQueueDto })
  @ApiErrors(401)
  queue(@CurrentUser() user: AuthUser): Promise<BoardQueueDto> {
    return this.reviews.queue(user);
  }

  @Post('hubs/:hubId/reviews')
  @ApiOperation({ summary: 'Schedule a board review; its pack is assembled and frozen now (secretariat)' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiCreatedResponse({ type: BoardReviewDto })
  @ApiErrors(400, 401, 403, 404, 409)
  schedule(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: ScheduleReviewDto,
  ): Promise<BoardReviewDto> {
    return this.reviews.schedule(user, hubId, dto);
  }

  @Get('hubs/:hubId/reviews')
  @ApiOperation({ summary: "The board's reviews" })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiOkResponse({ type: [BoardReviewDto], description: 'The latest 100, newest first' })
  @ApiErrors(400, 401, 404)
  list(@CurrentUser() user: AuthUser, @Param('hubId', ParseUUIDPipe) hubId: string): Promise<BoardReviewDto[]> {
    return this.reviews.list(user, hubId);
  }

  @Get('hubs/:hubId/reviews/:reviewId')
  @ApiOperation({ summary: 'One board review with its frozen pack' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiParam({ name: 'reviewId', format: 'uuid' })
  @ApiOkResponse({ type: BoardReviewDto })
  @ApiErrors(400, 401, 404)
  get(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<BoardReviewDto> {
    return this.reviews.get(user, hubId, reviewId);
  }

  @Post('hubs/:hubId/reviews/:reviewId/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the pack read' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiParam({ name: 'reviewId', format: 'uuid' })
  @ApiOkResponse({ type: BoardReviewDto })
  @ApiErrors(400, 401, 404)
  markRead(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<BoardReviewDto> {
    return this.reviews.markRead(user, hubId, reviewId);
  }

  @Get('hubs/:hubId/reviews/:reviewId/readers')
  @ApiOperation({ summary: 'Which board members have read the pack (secretariat)' })
  @ApiParam({ name: 'hubId', format: 'uuid' })
  @ApiParam({ name: 'reviewId', format: 'uuid' })
  @ApiOkResponse({ type: [PackReaderDto] })
  @ApiErrors(400, 401, 403, 404)
  readers(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<PackReaderDto[]> {
    return this.reviews.readers(user, hubId, reviewId);
  }
}
