import type { OrganizationRevisionDto, Sector } from '@hubspoke/contracts';
import { SECTOR_LABELS } from '../../../lib/format';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  shortName: 'Short name',
  sector: 'Sector',
  country: 'Country',
  sdgs: 'SDGs',
  website: 'Website',
  description: 'Description',
};

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  if (field === 'sector') return SECTOR_LABELS[value as Sector] ?? String(value);
  return String(value);
}

/** Each field an edit changed, with its value before and after, in words. */
export function describeRevision(revision: OrganizationRevisionDto): FieldChange[] {
  return Object.keys(revision.after).map((field) => ({
    field,
    label: FIELD_LABELS[field] ?? field,
    before: show(field, revision.before[field]),
    after: show(field, revision.after[field]),
  }));
}
