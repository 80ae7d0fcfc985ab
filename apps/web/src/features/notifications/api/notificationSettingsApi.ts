import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

export const fetchNotificationSettings = (signal?: AbortSignal) => api.get('/notifications/settings', { signal });

export const saveNotificationSettings = (body: ApiSchema<'UpdateNotificationSettingsBody'>) =>
  api.put('/notifications/settings', { body });
