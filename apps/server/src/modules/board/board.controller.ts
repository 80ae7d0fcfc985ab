import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { VersionQuery } from '../../infra/http/version-query';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import {
  BoardCompositionDto,
  BoardRulesDto,
  BoardRulesInputDto,
  BoardSeatDto,
  CreateSeatDto,
  UpdateSeatDto,
} from './board.dto';
import { BoardService } from './board.service';

@ApiTags('board')
@ApiParam({ name: 'hubId', format: 'uuid' })
@Controller('hubs/:hubId/board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @ApiOperation({ summary: 'The board: seats, rules and balance' })
  @ApiOkResponse({
    type: BoardCompositionDto,
    description: 'Seats, rules and the balance across constituencies and sectors',
  })
  @ApiErrors(400, 401, 404)
  composition(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
  ): Promise<BoardCompositionDto> {
    return this.board.composition(user, hubId);
  }

  @Post('seats')
  @ApiOperation({ summary: 'Add a board seat (secretariat)' })
  @ApiCreatedResponse({ type: BoardSeatDto })
  @ApiErrors(400, 401, 403, 404, 409)
  createSeat(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: CreateSeatDto,
  ): Promise<BoardSeatDto> {
    return this.board.createSeat(user, hubId, dto);
  }

  @Patch('seats/:seatId')
  @ApiOperation({ summary: 'Edit a board seat (secretariat)' })
  @ApiParam({ name: 'seatId', format: 'uuid' })
  @ApiOkResponse({ type: BoardSeatDto })
  @ApiErrors(400, 401, 403, 404, 409)
  updateSeat(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('seatId', ParseUUIDPipe) seatId: string,
    @Body() dto: UpdateSeatDto,
  ): Promise<BoardSeatDto> {
    return this.board.updateSeat(user, hubId, seatId, dto);
  }

  @Delete('seats/:seatId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a board seat (secretariat)' })
  @ApiParam({ name: 'seatId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  removeSeat(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Param('seatId', ParseUUIDPipe) seatId: string,
    @Query() query: VersionQuery,
  ): Promise<void> {
    return this.board.removeSeat(user, hubId, seatId, query.version);
  }

  @Put('rules')
  @ApiOperation({ summary: "Set the board's voting rules (secretariat)" })
  @ApiOkResponse({ type: BoardRulesDto })
  @ApiErrors(400, 401, 403, 404, 409)
  setRules(
    @CurrentUser() user: AuthUser,
    @Param('hubId', ParseUUIDPipe) hubId: string,
    @Body() dto: BoardRulesInputDto,
  ): Promise<BoardRulesDto> {
    return this.board.setRules(user, hubId, dto);
  }
}
