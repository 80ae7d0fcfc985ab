import type { NotificationSettingsDto, UpdateNotificationSettingsDto } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const fetchNotificationSettings = (signal?: AbortSignal) =>
  api<NotificationSettingsDto>('/notifications/settings', { signal });

export const saveNotificationSettings = (input: UpdateNotificationSettingsDto) =>
  api<NotificationSettingsDto>('/notifications/settings', { method: 'PUT', body: input });
