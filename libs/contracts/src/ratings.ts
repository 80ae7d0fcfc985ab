/** The parts of a hub's rating, each scored 0..100 and weighted (apps/server/src/modules/ratings/rating-rules.ts). */
export const RATING_COMPONENTS = ['progress', 'pace', 'freshness', 'evidence', 'participation'] as const;
export type RatingComponentName = (typeof RATING_COMPONENTS)[number];

export interface RatingComponentDto {
  name: RatingComponentName;
  /** 0..100 */
  score: number;
  weight: number;
  /** weight × score; the components add up to the rating */
  contribution: number;
  /** Which inputs gave the score */
  explanation: string;
}

export interface RatedHubDto {
  id: string;
  slug: string;
  name: string;
  sdgs: number[];
}

export interface HubRatingDto {
  /** null: over all goals */
  sdg: number | null;
  /** 0..100 */
  score: number;
  /** Goals rated (leaf goals in the scope) */
  goals: number;
  components: RatingComponentDto[];
  computedAt: string;
}

export interface LeagueEntryDto extends HubRatingDto {
  rank: number;
  hub: RatedHubDto;
}

export interface LeagueTableDto {
  sdg: number | null;
  entries: LeagueEntryDto[];
}

export interface HubRatingsDto {
  hub: RatedHubDto;
  /** Over all goals first, then per SDG */
  ratings: HubRatingDto[];
}

export interface IndicatorGoalDto {
  id: string;
  title: string;
  unit: string;
  baseline: number;
  target: number;
  dueDate: string;
  /** Latest verified value */
  value: number | null;
  observedAt: string | null;
  /** Share of the way from baseline to target, verified measurements only, 0..100 */
  progress: number;
}

export interface IndicatorLeagueEntryDto {
  rank: number;
  hub: RatedHubDto;
  goal: IndicatorGoalDto;
}

/** A league of the hubs working on one catalog indicator or custom metric. */
export interface IndicatorLeagueDto {
  /** The indicator code, or a custom metric's id */
  code: string;
  title: string;
  entries: IndicatorLeagueEntryDto[];
}
