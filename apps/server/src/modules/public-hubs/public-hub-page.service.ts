import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSTITUENCIES,
  SECTORS,
  type PublicBoardDto,
  type PublicHubPageDto,
  type PublicSectorDto,
  type PublicSeatDto,
} from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import { PublicGoalReader } from '../goals/public-goal.reader';
import { PolicyService } from '../policy/policy.service';
import { HubVersionReader } from '../public-cache/hub-version.reader';
import { RatingsService } from '../ratings/ratings.service';
import { SdgService } from '../sdg/sdg.service';
import {
  boardSeats,
  decidedResolutions,
  hubRow,
  memberOrganizations,
  recentMeasurements,
  type PublicHubRow,
} from './public-hub-page.queries';

/** A public hub's page in one answer, the same for whoever asks; a private hub has none (404, as for no hub). */
@Injectable()
export class PublicHubPageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly versions: HubVersionReader,
    private readonly goals: PublicGoalReader,
    private readonly ratings: RatingsService,
    private readonly sdg: SdgService,
  ) {}

  async page(idOrSlug: string): Promise<PublicHubPageDto> {
    const hubId = await this.publicHubId(idOrSlug);
    const manager = this.dataSource.manager;
    const [[hub], goals, organizations, seats, ratings, resolutions, measurements] = await Promise.all([
      hubRow(manager, hubId),
      this.goals.all(hubId),
      memberOrganizations(manager, hubId),
      boardSeats(manager, hubId),
      this.ratings.ratingsOf(hubId),
      decidedResolutions(manager, hubId),
      recentMeasurements(manager, hubId),
    ]);
    if (!hub) throw ApiException.notFound('Hub');
    return {
      hub: this.hubOf(hub),
      goals,
      members: bySector(organizations),
      board: boardOf(seats),
      ratings,
      resolutions,
      recentMeasurements: measurements,
    };
  }

  /** The id of the public hub with this id or slug; 404 for a private hub exactly as for one that does not exist. */
  async publicHubId(idOrSlug: string): Promise<string> {
    const hubId = await this.findPublicHubId(idOrSlug);
    if (!hubId) throw ApiException.notFound('Hub');
    return hubId;
  }

  async findPublicHubId(idOrSlug: string): Promise<string | null> {
    const version = await this.versions.read({ idOrSlug });
    return version && this.policy.publiclyReadable(version.visibility) ? version.hubId : null;
  }

  private hubOf(row: PublicHubRow): PublicHubPageDto['hub'] {
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      mission: row.mission,
      sdgs: row.sdgs,
      sdgTargets: this.sdg.targetRefs(row.sdg_targets),
      archivedAt: row.archived_at?.toISOString() ?? null,
      createdAt: row.created_at.toISOString(),
    };
  }
}

function bySector(organizations: (PublicSectorDto['organizations'][number] & Pick<PublicSectorDto, 'sector'>)[]) {
  return SECTORS.flatMap((sector): PublicSectorDto[] => {
    const inSector = organizations.filter((o) => o.sector === sector).map(({ sector: _, ...o }) => o);
    return inSector.length > 0 ? [{ sector, organizations: inSector }] : [];
  });
}

function boardOf(seats: PublicSeatDto[]): PublicBoardDto {
  const byConstituency = Object.fromEntries(CONSTITUENCIES.map((c) => [c, 0])) as PublicBoardDto['byConstituency'];
  for (const seat of seats) byConstituency[seat.constituency] += 1;
  return { seats, byConstituency };
}
