import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { CommentTarget } from '@hubspoke/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { COMMENT_TARGET_SEGMENTS, ParseCommentTargetPipe } from './comment-target.pipe';
import { CommentDtoDoc, CommentsPageDto, CreateCommentDto } from './comment.dto';
import { CommentsService } from './comments.service';

/** Comments on a task (`/hubs/:hubId/tasks/:taskId/comments`) or a goal (`/hubs/:hubId/goals/:goalId/comments`). */
@ApiTags('comments')
@ApiParam({ name: 'hubId', format: 'uuid' })
@ApiParam({ name: 'targetType', enum: COMMENT_TARGET_SEGMENTS })
@ApiParam({ name: 'targetId', format: 'uuid', description: 'The task or goal' })
@Controller('hubs/:hubId/:targetType/:targetId/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Post()
  @ApiOperation({ summary: 'Comment on a goal, task, review or resolution' })
  @ApiCreatedResponse({ type: CommentDtoDoc })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('targetType', ParseCommentTargetPipe) targetType: CommentTarget,
    @Param('targetId', ParseUUIDPipe) targetId: string,
    @Body() dto: CreateCommentDto,
  ): Promise<CommentDtoDoc> {
    return this.comments.create(user, hubId, targetType, targetId, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The comments on a goal, task, review or resolution' })
  @ApiOkResponse({ type: CommentsPageDto })
  @ApiErrors(400, 401, 404)
  list(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('targetType', ParseCommentTargetPipe) targetType: CommentTarget,
    @Param('targetId', ParseUUIDPipe) targetId: string,
    @Query() query: PageQuery,
  ): Promise<CommentsPageDto> {
    return this.comments.list(user, hubId, targetType, targetId, query);
  }
}
