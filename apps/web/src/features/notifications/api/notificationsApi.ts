import { api } from '../../../lib/api';

export const fetchNotifications = (signal?: AbortSignal) => api.get('/notifications', { query: { limit: 50 }, signal });

export const markRead = (id: string) => api.post('/notifications/{id}/read', { path: { id } });

export const markAllRead = () => api.post('/notifications/read-all');
