/**
 * Hubs of hubs (DESIGN.md, "Working groups and hubs of hubs"): a hub joins another as a member spoke with both
 * secretariats' consent, and a parent goal rolls up the goals its children map to it.
 */

/** pending: asked by one side, waiting for the other's secretariat; ended: left or ended by either side. */
export const HUB_LINK_STATUSES = ['pending', 'active', 'declined', 'ended'] as const;
export type HubLinkStatus = (typeof HUB_LINK_STATUSES)[number];

export const ROLL_UP_METHODS = ['sum', 'weighted_mean', 'minimum'] as const;
export type RollUpMethod = (typeof ROLL_UP_METHODS)[number];

/** A hub as another hub's members see it: its name, nothing else (a private hub shares no more). */
export interface HubRefDto {
  id: string;
  name: string;
}

/** The child hub is a spoke of the parent hub once active. */
export interface HubLinkDto {
  id: string;
  parentHub: HubRefDto;
  childHub: HubRefDto;
  status: HubLinkStatus;
  /** The hub whose secretariat asked; the other side's secretariat accepts or declines. */
  requestedByHubId: string;
  createdAt: string;
  decidedAt: string | null;
  endedAt: string | null;
}

/** A hub's links that are pending or active: the hubs it belongs to and the hubs that belong to it. */
export interface HubFederationDto {
  parents: HubLinkDto[];
  children: HubLinkDto[];
}

/** What one child hub contributes to a parent goal: only its name and its number. */
export interface ChildContributionDto {
  childHub: HubRefDto;
  /** The mapped goal's latest verified value (its own rolled-up value when it rolls up further children), or null. */
  value: number | null;
  weight: number;
  /** When that value was observed. */
  reportedAt: string | null;
}

/** A parent goal's roll-up: the method over its children's latest verified values. */
export interface GoalRollUpDto {
  method: RollUpMethod;
  /** null until a child reports; children without a verified value contribute nothing. */
  value: number | null;
  childCount: number;
  reportedCount: number;
  contributions: ChildContributionDto[];
}

/** A goal of one of the hub's parents that rolls up its children: what a child may map one of its goals to. */
export interface RollUpTargetDto {
  goalId: string;
  title: string;
  unit: string;
  method: RollUpMethod;
  hub: HubRefDto;
}

/** One of the hub's goals mapped to a parent goal. */
export interface GoalContributionDto {
  childGoalId: string;
  parentGoalId: string;
  parentHub: HubRefDto;
  weight: number;
}

/** For a child hub: the parent goals it may roll up into, and its goals that do. */
export interface HubContributionsDto {
  targets: RollUpTargetDto[];
  contributions: GoalContributionDto[];
}
