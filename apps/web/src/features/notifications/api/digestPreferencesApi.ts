import { api } from '../../../lib/api';

// The shape of GET/PUT /api/hubs/:hubId/digest-preferences/me (the digest worker's routes).
export const CADENCES = ['daily', 'weekly', 'off'] as const;
export const CHANNELS = ['email', 'in_app'] as const;

export interface DigestPreference {
  hubId: string;
  cadence: (typeof CADENCES)[number];
  timeZone: string;
  deliveryTime: string;
  channels: (typeof CHANNELS)[number][];
  customized: boolean;
}

export type DigestPreferenceInput = Omit<DigestPreference, 'hubId' | 'customized'>;

export const fetchDigestPreference = (hubId: string, signal?: AbortSignal) =>
  api<DigestPreference>(`/hubs/${hubId}/digest-preferences/me`, { signal });

export const saveDigestPreference = (hubId: string, input: DigestPreferenceInput) =>
  api<DigestPreference>(`/hubs/${hubId}/digest-preferences/me`, { method: 'PUT', body: input });
