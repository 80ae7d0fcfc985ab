import type { Sector } from './enums';

/** An actor: a spoke once it joins a hub. */
export interface OrganizationDto {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  /** ISO 3166-1 alpha-2, upper-case. */
  country: string | null;
  sdgs: number[];
  website: string | null;
  description: string | null;
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An organization as shown beside people and hubs. */
export interface OrganizationRefDto {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  country: string | null;
}
