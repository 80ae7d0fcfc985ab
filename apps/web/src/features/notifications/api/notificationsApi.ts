import type { NotificationDto, Page } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const fetchNotifications = (signal?: AbortSignal) =>
  api<Page<NotificationDto>>('/notifications', { query: { limit: 50 }, signal });

export const markRead = (id: string) => api<NotificationDto>(`/notifications/${id}/read`, { method: 'POST' });

export const markAllRead = () => api<{ updated: number }>('/notifications/read-all', { method: 'POST' });
