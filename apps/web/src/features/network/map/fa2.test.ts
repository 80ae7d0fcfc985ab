import { describe, expect, it } from 'vitest';
import { mapColumns, metrics, node, type TestEdge } from '../testing';
import { buildGraph } from './buildGraph';
import { ForceAtlas2Run, layoutInput, layoutPlan } from './fa2';

/** Two dense groups of 20 joined by one tie. */
function twoGroups() {
  const nodes = Array.from({ length: 40 }, (_, i) =>
    node(`n${i}`, `N${i}`, 'ngo', { metrics: metrics({ community: 0 }) }),
  );
  const edges: TestEdge[] = [];
  for (let g = 0; g < 2; g++)
    for (let i = 0; i < 20; i++)
      for (let j = i + 1; j < 20; j += 3)
        edges.push({
          source: `n${g * 20 + i}`,
          target: `n${g * 20 + j}`,
          kinds: ['partners_with'],
          weight: 1,
        });
  edges.push({ source: 'n0', target: 'n20', kinds: ['funds'], weight: 1 });
  return buildGraph(mapColumns(nodes, edges), 'degree');
}

function run(iterations: number) {
  const graph = twoGroups();
  const layout = new ForceAtlas2Run(layoutInput(graph), layoutPlan(graph.order).settings);
  layout.step(iterations);
  return { graph, positions: layout.positions() };
}

describe('layoutInput', () => {
  it('flattens positions in node order and ties as node indexes', () => {
    const graph = twoGroups();
    const input = layoutInput(graph);
    const nodes = graph.nodes();
    expect(input.positions[2]).toBeCloseTo(graph.getNodeAttribute(nodes[1]!, 'x'));
    expect(input.edges.length).toBe(graph.size * 2);
    const last = graph.size - 1;
    expect([nodes[input.edges[last * 2]!], nodes[input.edges[last * 2 + 1]!]]).toEqual(['n0', 'n20']);
  });
});

describe('layoutPlan', () => {
  it('bounds the work: fewer iterations and Barnes–Hut for large graphs', () => {
    expect(layoutPlan(5_000)).toMatchObject({ iterations: 150, settings: { barnesHutOptimize: true } });
    expect(layoutPlan(100).settings.barnesHutOptimize).toBe(false);
    expect(layoutPlan(5_000).maxMs).toBeLessThanOrEqual(10_000);
  });
});

describe('ForceAtlas2Run', () => {
  it('is deterministic: the same input and iterations give the same positions', () => {
    expect(run(50).positions).toEqual(run(50).positions);
  });

  it('pulls each group together and apart from the other', () => {
    const { graph, positions } = run(300);
    const index = new Map(graph.nodes().map((n, i) => [n, i]));
    const at = (n: string) => [positions[index.get(n)! * 2]!, positions[index.get(n)! * 2 + 1]!];
    const centre = (from: number) => {
      let x = 0;
      let y = 0;
      for (let i = from; i < from + 20; i++) {
        const [px, py] = at(`n${i}`);
        x += px! / 20;
        y += py! / 20;
      }
      return [x, y];
    };
    const spread = (from: number, [cx, cy]: number[]) => {
      let sum = 0;
      for (let i = from; i < from + 20; i++) {
        const [px, py] = at(`n${i}`);
        sum += Math.hypot(px! - cx!, py! - cy!) / 20;
      }
      return sum;
    };
    const a = centre(0);
    const b = centre(20);
    const between = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    expect(between).toBeGreaterThan(spread(0, a));
    expect(between).toBeGreaterThan(spread(20, b));
  });
});
