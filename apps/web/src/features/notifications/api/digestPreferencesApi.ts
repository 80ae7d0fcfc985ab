import { DIGEST_CADENCES, DIGEST_CHANNELS } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

export const CADENCES = DIGEST_CADENCES;
export const CHANNELS = DIGEST_CHANNELS;

export type DigestPreference = ApiSchema<'DigestPreferenceDtoDoc'>;
export type DigestPreferenceInput = ApiSchema<'UpdateDigestPreferenceDto'>;

export const fetchDigestPreference = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/digest-preferences/me', { path: { hubId }, signal });

export const saveDigestPreference = (hubId: string, body: DigestPreferenceInput) =>
  api.put('/hubs/{hubId}/digest-preferences/me', { path: { hubId }, body });
