import { api } from '../../../lib/api';

export const fetchHubLinks = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/links', { path: { hubId }, signal });

/** This hub asks to join a parent hub. */
export const requestParent = (hubId: string, parentHubId: string) =>
  api.post('/hubs/{hubId}/links', { path: { hubId }, body: { parentHubId } });

export const decideLink = (hubId: string, linkId: string, decision: 'accept' | 'decline') =>
  decision === 'accept'
    ? api.post('/hubs/{hubId}/links/{linkId}/accept', { path: { hubId, linkId } })
    : api.post('/hubs/{hubId}/links/{linkId}/decline', { path: { hubId, linkId } });

export const endLink = (hubId: string, linkId: string) =>
  api.delete('/hubs/{hubId}/links/{linkId}', { path: { hubId, linkId } });

export const fetchContributions = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/contributions', { path: { hubId }, signal });

export const mapGoal = (hubId: string, goalId: string, parentGoalId: string, weight: number) =>
  api.put('/hubs/{hubId}/goals/{goalId}/contribution', { path: { hubId, goalId }, body: { parentGoalId, weight } });

export const unmapGoal = (hubId: string, goalId: string) =>
  api.delete('/hubs/{hubId}/goals/{goalId}/contribution', { path: { hubId, goalId } });
