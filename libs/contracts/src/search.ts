import type { TaskStatus } from './enums';

/** The shortest and longest text `GET /search` accepts. */
export const SEARCH_QUERY_MIN = 2;
export const SEARCH_QUERY_MAX = 100;
/** Results per kind: the default and the most a caller may ask for. */
export const SEARCH_LIMIT_DEFAULT = 5;
export const SEARCH_LIMIT_MAX = 20;

export interface SearchHubDto {
  id: string;
  slug: string;
  name: string;
  /** Whether the caller is an active member (else it is a public hub they may only read the public page of). */
  member: boolean;
}

export interface SearchTaskDto {
  id: string;
  hubId: string;
  hubName: string;
  title: string;
  status: TaskStatus;
}

export interface SearchGoalDto {
  id: string;
  hubId: string;
  hubName: string;
  title: string;
}

export interface SearchOrganizationDto {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
}

export interface SearchPersonDto {
  id: string;
  name: string;
}

/** What the caller may see that matches the text, best match first within each kind. */
export interface SearchResultsDto {
  hubs: SearchHubDto[];
  tasks: SearchTaskDto[];
  goals: SearchGoalDto[];
  organizations: SearchOrganizationDto[];
  people: SearchPersonDto[];
}
