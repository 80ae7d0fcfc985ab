import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CHALLENGE_STAGE_KINDS, type ChallengeDto } from '@hubspoke/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { Organization } from '../organizations/organization.entity';
import { Challenge } from './challenge.entity';
import { toChallengeDto } from './challenge.mapper';
import type { CreateChallengeDto } from './challenges.dto';

/** Funder challenges: public to read; the person who issues one runs it while they act for its funder (or a platform admin). */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** Issued for a funder its issuer belongs to (an approved member); they run it while they do. */
  async create(user: AuthUser, dto: CreateChallengeDto): Promise<ChallengeDto> {
    await this.policy.assertActsFor(user, dto.funderOrganizationId, 'funderOrganizationId');
    const details: Record<string, string[]> = {};
    const kinds = dto.stages.map((s) => s.kind);
    const deadlines = dto.stages.map((s) => Date.parse(s.deadline));
    if (kinds.join() !== CHALLENGE_STAGE_KINDS.join() || deadlines.some((d, i) => i > 0 && d <= deadlines[i - 1]!)) {
      details.stages = [`must be ${CHALLENGE_STAGE_KINDS.join(', ')}, in this order, with rising deadlines`];
    } else if (deadlines[0]! <= Date.now()) {
      details.stages = ['the submission deadline must be in the future'];
    }
    const weights = dto.rubric.reduce((sum, c) => sum + c.weight, 0);
    if (Math.abs(weights - 1) > 1e-6) details.rubric = [`the weights must add up to 1 (they add up to ${weights})`];
    if (new Set(dto.rubric.map((c) => c.id)).size !== dto.rubric.length) {
      details.rubric = [...(details.rubric ?? []), 'criterion ids must be unique'];
    }
    if (dto.rubric.some((c) => new Set(c.bands.map((b) => b.score)).size !== c.bands.length)) {
      details.rubric = [...(details.rubric ?? []), 'a criterion describes each score band once'];
    }
    if (Object.keys(details).length > 0) throw ApiException.badRequest('Some fields are invalid', details);
    const { identifiers } = await this.dataSource.manager.insert(Challenge, {
      title: dto.title,
      description: dto.description,
      funderOrganizationId: dto.funderOrganizationId,
      sdgTargets: dto.sdgTargets,
      prizeAmount: dto.prize.amount,
      prizeCurrency: dto.prize.currency,
      stages: dto.stages,
      rubric: dto.rubric,
      createdById: user.id,
    });
    return this.get(identifiers[0]!.id as string);
  }

  async list(): Promise<ChallengeDto[]> {
    const rows = await this.dataSource.manager.find(Challenge, {
      relations: { funder: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((c) => toChallengeDto(c as Challenge & { funder: Organization }));
  }

  async get(challengeId: string): Promise<ChallengeDto> {
    return toChallengeDto(await this.load(this.dataSource.manager, challengeId));
  }

  async load(manager: EntityManager, challengeId: string): Promise<Challenge & { funder: Organization }> {
    const challenge = await manager.findOne(Challenge, { where: { id: challengeId }, relations: { funder: true } });
    if (!challenge) throw ApiException.notFound('Challenge');
    return challenge as Challenge & { funder: Organization };
  }

  isManager(manager: EntityManager, user: AuthUser, challenge: Challenge): Promise<boolean> {
    return this.policy.mayRunChallenge(user, challenge, 'challenge.manage', manager);
  }

  /** The challenge, if the caller manages it: 404 when it does not exist, 403 otherwise. */
  async loadManaged(
    manager: EntityManager,
    user: AuthUser,
    challengeId: string,
  ): Promise<Challenge & { funder: Organization }> {
    const challenge = await this.load(manager, challengeId);
    if (!(await this.isManager(manager, user, challenge)))
      throw ApiException.forbidden('Only the challenge’s manager may do this');
    return challenge;
  }
}
