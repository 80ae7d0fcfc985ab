import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { shareDone } from '../goals/progress';
import { PolicyService } from '../policy/policy.service';
import { SdgService } from '../sdg/sdg.service';
import type { HubRatingDto, HubRatingsDto, IndicatorLeagueDto, LeagueTableDto, RatedHubDto } from './ratings.dto';

interface RatingRow extends Omit<HubRatingDto, 'sdg' | 'computedAt'> {
  sdg: number;
  computed_at: Date;
}

const toRating = (r: RatingRow): HubRatingDto => ({
  sdg: r.sdg === 0 ? null : r.sdg,
  score: r.score,
  goals: r.goals,
  components: r.components,
  computedAt: r.computed_at.toISOString(),
});

const HUB_COLUMNS = `h.id, h.slug, h.name, h.sdgs`;
/** The hubs the public sees rated: public ones still running. */
export const PUBLIC_HUB = `h.visibility = 'public' AND h.archived_at IS NULL`;

/** Ratings as the public sees them: league tables of public hubs and a hub's explained ratings. */
@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly sdg: SdgService,
  ) {}

  async league(sdg: number | undefined): Promise<LeagueTableDto> {
    const rows = await this.dataSource.query<(RatingRow & { hub: RatedHubDto })[]>(
      `SELECT r.sdg, r.score, r.goals, r.components, r.computed_at, json_build_object('id', h.id, 'slug', h.slug,
              'name', h.name, 'sdgs', h.sdgs) AS hub
         FROM hub_rating r JOIN hub h ON h.id = r.hub_id
        WHERE r.sdg = $1 AND ${PUBLIC_HUB}
        ORDER BY r.score DESC, h.name`,
      [sdg ?? 0],
    );
    return { sdg: sdg ?? null, entries: rows.map((r, i) => ({ rank: i + 1, hub: r.hub, ...toRating(r) })) };
  }

  /** A public hub's ratings for anyone; a private hub's for its members only (404 otherwise). */
  async hub(user: AuthUser | null, hubId: string): Promise<HubRatingsDto> {
    await this.policy.readAccess(user, hubId);
    const [[hub], ratings] = await Promise.all([
      this.dataSource.query<RatedHubDto[]>(`SELECT ${HUB_COLUMNS} FROM hub h WHERE h.id = $1`, [hubId]),
      this.ratingsOf(hubId),
    ]);
    return { hub: hub!, ratings };
  }

  /** The hub's ratings, over all goals first, then per SDG; whether the caller may see them is the caller's decision. */
  async ratingsOf(hubId: string): Promise<HubRatingDto[]> {
    const rows = await this.dataSource.query<RatingRow[]>(
      `SELECT sdg, score, goals, components, computed_at FROM hub_rating WHERE hub_id = $1 ORDER BY sdg`,
      [hubId],
    );
    return rows.map(toRating);
  }

  /** Public hubs' goals on one SDG indicator, ranked by verified progress: comparable because the metric is one. */
  indicator(code: string): Promise<IndicatorLeagueDto> {
    const indicator = this.sdg.getIndicator(code);
    return this.metricLeague(code, indicator.title, 'g.indicator_code = $1', code);
  }

  /** The same for any catalog metric: an SDG indicator, or a public hub's custom metric other hubs measure too. */
  async metric(metricId: string): Promise<IndicatorLeagueDto> {
    const [metric] = await this.dataSource.query<{ id: string; code: string | null; name: string }[]>(
      `SELECT m.id, m.code, m.name FROM metric m LEFT JOIN hub h ON h.id = m.hub_id
        WHERE m.id = $1 AND (m.hub_id IS NULL OR (${PUBLIC_HUB}))`,
      [metricId],
    );
    if (!metric) throw ApiException.notFound('Metric');
    return metric.code
      ? this.metricLeague(metric.code, metric.name, 'g.indicator_code = $1', metric.code)
      : this.metricLeague(metric.id, metric.name, 'g.custom_metric_id = $1', metric.id);
  }

  private async metricLeague(
    code: string,
    title: string,
    goalsOnMetric: string,
    param: string,
  ): Promise<IndicatorLeagueDto> {
    const rows = await this.dataSource.query<
      {
        hub: RatedHubDto;
        id: string;
        title: string;
        unit: string;
        baseline: number;
        target: number;
        due_date: string;
        value: number | null;
        observed_at: Date | null;
      }[]
    >(
      `SELECT json_build_object('id', h.id, 'slug', h.slug, 'name', h.name, 'sdgs', h.sdgs) AS hub,
              g.id, g.title, g.unit, g.baseline, g.target, to_char(g.due_date, 'YYYY-MM-DD') AS due_date,
              lv.value, lv.observed_at
         FROM goal g JOIN hub h ON h.id = g.hub_id
         LEFT JOIN LATERAL (SELECT value, observed_at FROM measurement m
                             WHERE m.goal_id = g.id AND m.verified_at IS NOT NULL
                             ORDER BY observed_at DESC LIMIT 1) lv ON true
        WHERE ${goalsOnMetric} AND ${PUBLIC_HUB}`,
      [param],
    );
    const entries = rows
      .map((r) => ({
        hub: r.hub,
        goal: {
          id: r.id,
          title: r.title,
          unit: r.unit,
          baseline: r.baseline,
          target: r.target,
          dueDate: r.due_date,
          value: r.value,
          observedAt: r.observed_at?.toISOString() ?? null,
          progress: Math.round(shareDone(r, r.value ?? r.baseline) * 1000) / 10,
        },
      }))
      .sort((a, b) => b.goal.progress - a.goal.progress || a.hub.name.localeCompare(b.hub.name))
      .map((entry, i) => ({ rank: i + 1, ...entry }));
    return { code, title, entries };
  }
}
