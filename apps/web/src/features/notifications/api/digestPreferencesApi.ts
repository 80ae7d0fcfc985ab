import { DIGEST_CADENCES, DIGEST_CHANNELS, type DigestPreferenceDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const CADENCES = DIGEST_CADENCES;
export const CHANNELS = DIGEST_CHANNELS;

export type DigestPreference = DigestPreferenceDto;
export type DigestPreferenceInput = Omit<DigestPreference, 'hubId' | 'customized' | 'unsubscribed'>;

export const fetchDigestPreference = (hubId: string, signal?: AbortSignal) =>
  api<DigestPreference>(`/hubs/${hubId}/digest-preferences/me`, { signal });

export const saveDigestPreference = (hubId: string, input: DigestPreferenceInput) =>
  api<DigestPreference>(`/hubs/${hubId}/digest-preferences/me`, { method: 'PUT', body: input });
