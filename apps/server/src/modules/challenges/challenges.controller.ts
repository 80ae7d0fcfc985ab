import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../../infra/http/api-errors.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public } from '../auth/decorators';
import { ChallengeAwardService } from './challenge-award.service';
import { ChallengeReviewsService } from './challenge-reviews.service';
import {
  AddReviewerDto,
  AssignReviewersDto,
  AwardDto,
  ChallengeDto,
  CreateChallengeDto,
  EligibilityDto,
  ProposalDto,
  RankedProposalDto,
  ReviewAssignmentDto,
  ReviewerDto,
  ScoreProposalDto,
  ShortlistDto,
  SubmitProposalDto,
} from './challenges.dto';
import { ChallengesService } from './challenges.service';
import { ProposalsService } from './proposals.service';

const CHALLENGE = { name: 'challengeId', format: 'uuid' } as const;
const PROPOSAL = { name: 'proposalId', format: 'uuid' } as const;

@ApiTags('challenges')
@Controller()
export class ChallengesController {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly proposals: ProposalsService,
    private readonly reviews: ChallengeReviewsService,
    private readonly awards: ChallengeAwardService,
  ) {}

  @Post('challenges')
  @ApiOperation({ summary: 'Issue a challenge for a funder organization; the issuer manages it' })
  @ApiCreatedResponse({ type: ChallengeDto })
  @ApiErrors(400, 401)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateChallengeDto): Promise<ChallengeDto> {
    return this.challenges.create(user, dto);
  }

  @Post('challenges/:challengeId/proposals')
  @ApiOperation({ summary: 'Submit a proposal (for a hub you run, or as a coalition) during the submission stage' })
  @ApiParam(CHALLENGE)
  @ApiCreatedResponse({ type: ProposalDto })
  @ApiErrors(400, 401, 403, 404, 409)
  submit(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() dto: SubmitProposalDto,
  ): Promise<ProposalDto> {
    return this.proposals.submit(user, challengeId, dto);
  }

  @Get('challenges/:challengeId/proposals')
  @ApiOperation({ summary: 'The proposals the caller may see: all of them for the manager' })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ type: [ProposalDto] })
  @ApiErrors(400, 401, 404)
  proposalsOf(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<ProposalDto[]> {
    return this.proposals.list(user, challengeId);
  }

  @Get('proposals/:proposalId')
  @ApiOperation({ summary: 'One proposal' })
  @ApiParam(PROPOSAL)
  @ApiOkResponse({ type: ProposalDto })
  @ApiErrors(400, 401, 404)
  proposal(
    @CurrentUser() user: AuthUser,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
  ): Promise<ProposalDto> {
    return this.proposals.get(user, proposalId);
  }

  @Post('proposals/:proposalId/eligibility')
  @HttpCode(200)
  @ApiOperation({ summary: 'The administrative review (manager), in the administrative review stage' })
  @ApiParam(PROPOSAL)
  @ApiOkResponse({ type: ProposalDto })
  @ApiErrors(400, 401, 403, 404, 409)
  eligibility(
    @CurrentUser() user: AuthUser,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @Body() dto: EligibilityDto,
  ): Promise<ProposalDto> {
    return this.proposals.setEligibility(user, proposalId, dto.eligible);
  }

  @Post('challenges/:challengeId/reviewers')
  @HttpCode(204)
  @ApiOperation({ summary: 'Add a person to the reviewer pool, with the organization they are from (manager)' })
  @ApiParam(CHALLENGE)
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  addReviewer(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() dto: AddReviewerDto,
  ): Promise<void> {
    return this.reviews.addReviewer(user, challengeId, dto);
  }

  @Get('challenges/:challengeId/reviewers')
  @ApiOperation({ summary: 'The reviewer pool (manager)' })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ type: [ReviewerDto] })
  @ApiErrors(400, 401, 403, 404)
  reviewerPool(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<ReviewerDto[]> {
    return this.reviews.reviewers(user, challengeId);
  }

  @Post('challenges/:challengeId/assignments')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Assign reviewers to the proposals in review, never from a proposing organization',
    description: 'In the administrative review or peer review stage.',
  })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ schema: { type: 'object', properties: { assigned: { type: 'integer' } } } })
  @ApiErrors(400, 401, 403, 404, 409)
  assign(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() dto: AssignReviewersDto,
  ): Promise<{ assigned: number }> {
    return this.reviews.assign(user, challengeId, dto.perProposal ?? 3);
  }

  @Get('challenges/:challengeId/assignments/mine')
  @ApiOperation({ summary: 'The proposals I am to review, with my own scores so far' })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ type: [ReviewAssignmentDto] })
  @ApiErrors(400, 401, 404)
  mine(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<ReviewAssignmentDto[]> {
    return this.reviews.myAssignments(user, challengeId);
  }

  @Post('proposals/:proposalId/scores')
  @HttpCode(204)
  @ApiOperation({ summary: 'Score the rubric’s criteria, with comments (assigned reviewers), in peer review' })
  @ApiParam(PROPOSAL)
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409)
  score(
    @CurrentUser() user: AuthUser,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @Body() dto: ScoreProposalDto,
  ): Promise<void> {
    return this.reviews.score(user, proposalId, dto);
  }

  @Get('challenges/:challengeId/ranking')
  @ApiOperation({ summary: 'Proposals ranked by scores normalised per reviewer (manager)' })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ type: [RankedProposalDto] })
  @ApiErrors(400, 401, 403, 404)
  ranking(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
  ): Promise<RankedProposalDto[]> {
    return this.reviews.ranking(user, challengeId);
  }

  @Post('challenges/:challengeId/shortlist')
  @HttpCode(200)
  @ApiOperation({ summary: 'Shortlist eligible proposals (the manager, as judge), in the judges’ stage' })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ type: [ProposalDto] })
  @ApiErrors(400, 401, 403, 404, 409)
  shortlist(
    @CurrentUser() user: AuthUser,
    @Param('challengeId', ParseUUIDPipe) challengeId: string,
    @Body() dto: ShortlistDto,
  ): Promise<ProposalDto[]> {
    return this.reviews.shortlist(user, challengeId, dto.proposalIds);
  }

  @Post('proposals/:proposalId/award')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Award it: creates or strengthens the hub, invites the team, adds funds ties (manager)',
    description: 'In the award stage, for a shortlisted proposal.',
  })
  @ApiParam(PROPOSAL)
  @ApiOkResponse({ type: AwardDto })
  @ApiErrors(400, 401, 403, 404, 409)
  award(@CurrentUser() user: AuthUser, @Param('proposalId', ParseUUIDPipe) proposalId: string): Promise<AwardDto> {
    return this.awards.award(user, proposalId);
  }
}

/** What anyone may read of challenges. */
@ApiTags('challenges')
@Public()
@Controller('challenges')
export class PublicChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Get()
  @ApiOperation({ summary: 'The latest challenges, newest first' })
  @ApiOkResponse({ type: [ChallengeDto], description: 'The latest 200, newest first' })
  @ApiErrors()
  list(): Promise<ChallengeDto[]> {
    return this.challenges.list();
  }

  @Get(':challengeId')
  @ApiOperation({ summary: 'One challenge' })
  @ApiParam(CHALLENGE)
  @ApiOkResponse({ type: ChallengeDto })
  @ApiErrors(400, 404)
  get(@Param('challengeId', ParseUUIDPipe) challengeId: string): Promise<ChallengeDto> {
    return this.challenges.get(challengeId);
  }
}
