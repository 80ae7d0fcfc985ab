import type { GoalHealth, Sector, TaskStatus } from '@hubspoke/contracts';

export const STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export const HEALTH: Record<GoalHealth, { label: string; color: string }> = {
  on_track: { label: 'On track', color: 'teal' },
  at_risk: { label: 'At risk', color: 'yellow' },
  off_track: { label: 'Off track', color: 'red' },
  achieved: { label: 'Achieved', color: 'blue' },
  no_data: { label: 'No data yet', color: 'gray' },
};

export const SECTOR_LABELS: Record<Sector, string> = {
  government: 'Government',
  intergovernmental: 'Intergovernmental',
  regional_body: 'Regional body',
  city_network: 'City network',
  corporation: 'Corporation',
  philanthropy: 'Philanthropy',
  research: 'Research',
  ngo: 'NGO',
  faith: 'Faith',
};

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatDateTime(value: string): string {
  return new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '—';
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}
