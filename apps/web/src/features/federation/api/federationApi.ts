import type { GoalContributionDto, HubContributionsDto, HubFederationDto, HubLinkDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const fetchHubLinks = (hubId: string, signal?: AbortSignal) =>
  api<HubFederationDto>(`/hubs/${hubId}/links`, { signal });

/** This hub asks to join a parent hub. */
export const requestParent = (hubId: string, parentHubId: string) =>
  api<HubLinkDto>(`/hubs/${hubId}/links`, { method: 'POST', body: { parentHubId } });

export const decideLink = (hubId: string, linkId: string, decision: 'accept' | 'decline') =>
  api<HubLinkDto>(`/hubs/${hubId}/links/${linkId}/${decision}`, { method: 'POST' });

export const endLink = (hubId: string, linkId: string) =>
  api<HubLinkDto>(`/hubs/${hubId}/links/${linkId}`, { method: 'DELETE' });

export const fetchContributions = (hubId: string, signal?: AbortSignal) =>
  api<HubContributionsDto>(`/hubs/${hubId}/contributions`, { signal });

export const mapGoal = (hubId: string, goalId: string, parentGoalId: string, weight: number) =>
  api<GoalContributionDto>(`/hubs/${hubId}/goals/${goalId}/contribution`, {
    method: 'PUT',
    body: { parentGoalId, weight },
  });

export const unmapGoal = (hubId: string, goalId: string) =>
  api<void>(`/hubs/${hubId}/goals/${goalId}/contribution`, { method: 'DELETE' });
