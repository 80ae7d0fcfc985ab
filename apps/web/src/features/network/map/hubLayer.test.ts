import { describe, expect, it } from 'vitest';
import { GRAPH } from '../testing';
import { buildGraph, resizeNodes } from './buildGraph';
import { addHubLayer, HUB_STYLE, hubNodeId } from './hubLayer';

const LAYER = {
  hubs: [
    { id: 'h1', slug: 'vaccines', name: 'Vaccine Delivery Hub', organizationIds: ['org-gavi', 'org-who'] },
    { id: 'h2', slug: 'east-africa', name: 'East Africa Hub', organizationIds: ['org-path', 'org-elsewhere'] },
    { id: 'h3', slug: 'far', name: 'Far Hub', organizationIds: ['org-elsewhere'] },
  ],
  links: [
    { parentHubId: 'h1', childHubId: 'h2' },
    { parentHubId: 'h1', childHubId: 'h3' },
  ],
};

describe('addHubLayer', () => {
  it('puts each hub at the centre of its members on the map, with an arrow from parent to child', () => {
    const graph = buildGraph(GRAPH, 'pagerank');
    const gavi = graph.getNodeAttributes('org-gavi');
    const who = graph.getNodeAttributes('org-who');
    const path = graph.getNodeAttributes('org-path');
    addHubLayer(graph, LAYER);

    const vaccines = graph.getNodeAttributes(hubNodeId('h1'));
    expect(vaccines).toMatchObject({ label: 'Vaccine Delivery Hub', hubSlug: 'vaccines', color: HUB_STYLE.color });
    expect(vaccines.x).toBeCloseTo((gavi.x + who.x) / 2);
    expect(vaccines.y).toBeCloseTo((gavi.y + who.y) / 2);
    // only its members on the map count; a hub with none there is left out, and so are its links
    expect(graph.getNodeAttributes(hubNodeId('h2'))).toMatchObject({ x: path.x, y: path.y });
    expect(graph.hasNode(hubNodeId('h3'))).toBe(false);
    expect(graph.order).toBe(5);

    const link = graph.edge(hubNodeId('h1'), hubNodeId('h2'))!;
    expect(graph.source(link)).toBe(hubNodeId('h1'));
    expect(graph.getEdgeAttributes(link)).toMatchObject({ type: 'arrow', kind: 'federation' });
    expect(graph.size).toBe(3);
  });

  it('keeps the hubs’ size when organizations are resized, and takes the layer off again', () => {
    const graph = buildGraph(GRAPH, 'pagerank');
    const remove = addHubLayer(graph, LAYER);
    resizeNodes(graph, 'betweenness');
    expect(graph.getNodeAttribute(hubNodeId('h1'), 'size')).toBe(HUB_STYLE.size);
    remove();
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
  });
});
