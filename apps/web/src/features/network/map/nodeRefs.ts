import type { NetworkNodeColumnsDto } from '@hubspoke/contracts';

/** An organization on the map as the search and the what-if list it. */
export interface MapNodeRef {
  id: string;
  name: string;
  shortName: string | null;
}

/** The map's organizations, one object each, from the api's columns. */
export function nodeRefs({ id, name, shortName }: NetworkNodeColumnsDto): MapNodeRef[] {
  return id.map((orgId, i) => ({ id: orgId, name: name[i]!, shortName: shortName[i] ?? null }));
}
