import type { NetworkHubLayerDto } from '@hubspoke/contracts';
import type { MapGraph } from './buildGraph';

/** How hubs and their parent → child links are drawn over the organizations. */
export const HUB_STYLE = { color: '#212529', size: 9, linkColor: '#e8590c', linkSize: 2.5 } as const;

export const hubNodeId = (hubId: string) => `hub:${hubId}`;

/**
 * Adds the public hubs as nodes, each at the centre of its member organizations on the map (a hub with none on the map
 * is left out), and an arrow from each parent hub to its child hub. Returns a function that takes them off again.
 */
export function addHubLayer(graph: MapGraph, layer: NetworkHubLayerDto): () => void {
  const added: string[] = [];
  for (const hub of layer.hubs) {
    const members = hub.organizationIds.filter((id) => graph.hasNode(id));
    if (members.length === 0 || graph.hasNode(hubNodeId(hub.id))) continue;
    const x = members.reduce((sum, id) => sum + graph.getNodeAttribute(id, 'x'), 0) / members.length;
    const y = members.reduce((sum, id) => sum + graph.getNodeAttribute(id, 'y'), 0) / members.length;
    graph.addNode(hubNodeId(hub.id), {
      x,
      y,
      size: HUB_STYLE.size,
      color: HUB_STYLE.color,
      label: hub.name,
      name: hub.name,
      sector: null,
      metrics: null,
      hubSlug: hub.slug,
      forceLabel: true,
      zIndex: 2,
    });
    added.push(hubNodeId(hub.id));
  }
  for (const link of layer.links) {
    const parent = hubNodeId(link.parentHubId);
    const child = hubNodeId(link.childHubId);
    if (!graph.hasNode(parent) || !graph.hasNode(child) || graph.hasEdge(parent, child)) continue;
    graph.addEdge(parent, child, {
      type: 'arrow',
      color: HUB_STYLE.linkColor,
      size: HUB_STYLE.linkSize,
      kind: 'federation',
      kinds: [],
      weight: 1,
    });
  }
  return () => {
    for (const node of added) if (graph.hasNode(node)) graph.dropNode(node);
  };
}
