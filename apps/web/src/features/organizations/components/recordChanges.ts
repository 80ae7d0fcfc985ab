import type { OrganizationDto } from '@hubspoke/contracts';
import type { OrganizationRecord } from '../api/organizationsApi';

type FormRecord = { [K in keyof OrganizationRecord]: NonNullable<OrganizationRecord[K]> };

/** The fields the form changed, as the api wants them: trimmed, and null for a cleared optional field. */
export function recordChanges(org: OrganizationDto, form: FormRecord): Partial<OrganizationRecord> {
  const text = (value: string) => value.trim() || null;
  const next: OrganizationRecord = {
    name: form.name.trim(),
    shortName: text(form.shortName),
    sector: form.sector,
    country: text(form.country),
    sdgs: form.sdgs,
    website: text(form.website),
    description: text(form.description),
  };
  const changed = (Object.keys(next) as (keyof OrganizationRecord)[]).filter(
    (key) => JSON.stringify(next[key]) !== JSON.stringify(org[key]),
  );
  return Object.fromEntries(changed.map((key) => [key, next[key]]));
}
