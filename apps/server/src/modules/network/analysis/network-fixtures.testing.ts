/** Small networks for the specs of this folder (not used at run time). */
import type { NetworkInput, NetworkOrganization, NetworkTie, TieKind } from './network-types';
import { seededRandom } from './seeded-random';

export function organization(id: string, sdgs: number[] = [1]): NetworkOrganization {
  return { id, name: `Org ${id}`, sector: 'ngo', country: null, sdgs };
}

export function tie(source: string, target: string, kind: TieKind = 'partners_with', weight = 1): NetworkTie {
  return { source, target, kind, weight };
}

/** A network from `a-b` edge strings; every endpoint becomes an organization (working on SDG 1). */
export function networkOf(edges: string[], extraOrganizations: string[] = []): NetworkInput {
  const ids = new Set<string>();
  const ties = edges.map((edge) => {
    const [source, target] = edge.split('-');
    ids.add(source);
    ids.add(target);
    return tie(source, target);
  });
  for (const id of extraOrganizations) ids.add(id);
  return { organizations: [...ids].map((id) => organization(id)), ties };
}

export function clique(prefix: string, size: number): string[] {
  const edges: string[] = [];
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push(`${prefix}${i}-${prefix}${j}`);
  return edges;
}

/** Deterministic preferential-attachment network: each new node ties to `perNode` existing ones, degree-biased. */
export function preferentialAttachment(nodes: number, perNode: number, seed: number): NetworkInput {
  const random = seededRandom(seed);
  const ends: number[] = [];
  const ties: NetworkTie[] = [];
  for (let v = 1; v < nodes; v++) {
    const targets = new Set<number>();
    while (targets.size < Math.min(perNode, v)) {
      targets.add(
        random() < 0.2 || ends.length === 0 ? Math.floor(random() * v) : ends[Math.floor(random() * ends.length)],
      );
    }
    for (const t of targets) {
      ties.push(tie(`n${v}`, `n${t}`));
      ends.push(v, t);
    }
  }
  return { organizations: Array.from({ length: nodes }, (_, i) => organization(`n${i}`)), ties };
}

/**
 * Dense preferential-attachment communities joined only through low-degree bridge organizations, each tied to two
 * random members of two communities: betweenness ranks the bridges high although their degree is low, so degree
 * cannot stand in for it.
 */
export function bridgedCommunities(communities: number, size: number, bridges: number, seed: number): NetworkInput {
  const random = seededRandom(seed);
  const organizations: NetworkOrganization[] = [];
  const ties: NetworkTie[] = [];
  for (let c = 0; c < communities; c++) {
    const part = preferentialAttachment(size, 3, seed + c + 1);
    const rename = (id: string) => `c${c}-${id}`;
    organizations.push(...part.organizations.map((org) => ({ ...org, id: rename(org.id) })));
    ties.push(...part.ties.map((t) => ({ ...t, source: rename(t.source), target: rename(t.target) })));
  }
  for (let b = 0; b < bridges; b++) {
    const id = `bridge${b}`;
    organizations.push(organization(id));
    const first = Math.floor(random() * communities);
    const second = (first + 1 + Math.floor(random() * (communities - 1))) % communities;
    for (const c of [first, first, second, second]) ties.push(tie(id, `c${c}-n${Math.floor(random() * size)}`));
  }
  return { organizations, ties };
}
