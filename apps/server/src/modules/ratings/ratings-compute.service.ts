import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HubRating } from './hub-rating.entity';
import { RatingInputLoader, type HubRatingInput } from './rating-input.loader';
import { rateHub } from './rating-rules';

/**
 * Recomputes every live hub's ratings: over all its goals (scope 0) and per SDG it works on or has indicators of.
 * A goal without an indicator counts toward each of the hub's SDGs.
 */
@Injectable()
export class RatingsComputeService {
  private readonly logger = new Logger(RatingsComputeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: RatingInputLoader,
  ) {}

  async recompute(now = new Date()): Promise<{ hubs: number; ratings: number }> {
    const inputs = await this.loader.load(now);
    const rows = inputs.flatMap((hub) => ratingsOf(hub, now));
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM hub_rating');
      for (let i = 0; i < rows.length; i += 1000) await manager.insert(HubRating, rows.slice(i, i + 1000));
    });
    this.logger.log(`Rated ${inputs.length} hubs (${rows.length} ratings)`);
    return { hubs: inputs.length, ratings: rows.length };
  }
}

function ratingsOf(hub: HubRatingInput, now: Date): HubRating[] {
  const sdgs = new Set([...hub.sdgs, ...hub.goals.flatMap((g) => (g.sdg ? [g.sdg] : []))]);
  const scopes = [0, ...[...sdgs].sort((a, b) => a - b)];
  return scopes.flatMap((sdg) => {
    const goals = sdg === 0 ? hub.goals : hub.goals.filter((g) => g.sdg === sdg || g.sdg === null);
    const rating = rateHub({
      goals,
      memberOrganizations: hub.memberOrganizations,
      activeOrganizations: hub.activeOrganizations,
      now,
    });
    return rating
      ? [
          {
            hubId: hub.hubId,
            sdg,
            score: rating.score,
            goals: rating.goals,
            components: rating.components,
            computedAt: now,
          },
        ]
      : [];
  });
}
