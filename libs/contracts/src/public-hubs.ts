import type { Constituency, ResolutionStatus, SeatKind } from './board';
import type { Sector } from './enums';
import type { GoalDto } from './goals';
import type { GoalTrendPoint } from './overview';
import type { HubRatingDto } from './ratings';

/**
 * What anyone may see of a public hub: its organizations, goals, verified numbers, board seats and decisions. Never
 * its people (names, emails, user ids), unverified measurements, tasks, invitations, votes or notes.
 */

/** An organization named on a public page (organizations are public; the people who represent them are not). */
export interface PublicOrganizationDto {
  id: string;
  name: string;
}

/** A goal as the public sees it: its line from baseline to target and its verified progress only. */
export interface PublicGoalDto extends Pick<
  GoalDto,
  | 'id'
  | 'hubId'
  | 'parentId'
  | 'title'
  | 'description'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'direction'
  | 'startDate'
  | 'dueDate'
  | 'progress'
  | 'health'
  | 'latestValue'
  | 'latestObservedAt'
  | 'childIds'
> {
  /** The SDG indicator it measures, with its official name (null when the catalog does not know the code). */
  indicator: { code: string; title: string | null } | null;
  /** The custom metric it measures instead of an indicator. */
  metric: { id: string; name: string } | null;
  ownerOrganization: PublicOrganizationDto;
  /** The trajectory: the last 12 verified values, oldest first. */
  trend: GoalTrendPoint[];
}

/** A verified measurement, with the organization that reported it (not the person). */
export interface PublicMeasurementDto {
  id: string;
  goalId: string;
  value: number;
  observedAt: string;
  verifiedAt: string;
  evidenceUrl: string | null;
  reportedByOrganization: PublicOrganizationDto;
}

/** A recent verified measurement on the hub's page, with the goal it measures. */
export interface PublicHubMeasurementDto extends PublicMeasurementDto {
  goalTitle: string;
  unit: string;
}

export interface PublicSectorDto {
  sector: Sector;
  organizations: (PublicOrganizationDto & { shortName: string | null; country: string | null })[];
}

/** A board seat: which constituency it speaks for and the organization of its holder. */
export interface PublicSeatDto {
  title: string;
  kind: SeatKind;
  constituency: Constituency;
  organization: PublicOrganizationDto & { sector: Sector };
}

export interface PublicBoardDto {
  seats: PublicSeatDto[];
  byConstituency: Record<Constituency, number>;
}

/** A resolution the board decided, with its frozen counts (not who voted how). */
export interface PublicResolutionDto {
  id: string;
  title: string;
  motion: string;
  status: Extract<ResolutionStatus, 'passed' | 'rejected'>;
  closedAt: string;
  tally: { seats: number; voted: number; for: number; against: number; abstain: number };
}

/** A public hub's page in one answer: GET /api/public/hubs/{idOrSlug}. */
export interface PublicHubPageDto {
  hub: {
    id: string;
    slug: string;
    name: string;
    mission: string;
    sdgs: number[];
    /** Official target titles from the catalog; null for a code the catalog does not know. */
    sdgTargets: { code: string; title: string | null }[];
    archivedAt: string | null;
    createdAt: string;
  };
  goals: PublicGoalDto[];
  /** The organizations among its active members, by sector. */
  members: PublicSectorDto[];
  board: PublicBoardDto;
  /** Over all goals first, then per SDG, each explained. */
  ratings: HubRatingDto[];
  /** Passed and rejected resolutions, latest first. */
  resolutions: PublicResolutionDto[];
  /** The latest verified measurements across its goals, newest first. */
  recentMeasurements: PublicHubMeasurementDto[];
}
