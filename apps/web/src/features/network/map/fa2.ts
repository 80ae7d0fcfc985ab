import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { MapGraph } from './buildGraph';

/** The graph as flat arrays, in the graph's node order: what the layout worker takes. */
export interface LayoutInput {
  /** x0, y0, x1, y1, … */
  positions: Float32Array;
  /** source0, target0, source1, target1, … as node indexes. */
  edges: Uint32Array;
  weights: Float32Array;
}

export interface LayoutPlan {
  settings: ForceAtlas2Settings;
  /** The layout stops after this many iterations… */
  iterations: number;
  /** …or this much time, whichever comes first. */
  maxMs: number;
  /** Positions are sent back every `chunk` iterations, so the map settles visibly. */
  chunk: number;
}

/** graphology-layout-forceatlas2's defaults: iterate() reads every setting. */
const FA2_DEFAULTS: Required<ForceAtlas2Settings> = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
};

// the matrices of graphology-layout-forceatlas2's iterate(): 10 numbers per node, 3 per edge
const PPN = 10;
const PPE = 3;

export function layoutInput(graph: MapGraph): LayoutInput {
  const index = new Map<string, number>();
  const positions = new Float32Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((node, { x, y }) => {
    index.set(node, i);
    positions[i * 2] = x;
    positions[i * 2 + 1] = y;
    i++;
  });
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float32Array(graph.size);
  let j = 0;
  graph.forEachEdge((_edge, { weight }, source, target) => {
    edges[j * 2] = index.get(source)!;
    edges[j * 2 + 1] = index.get(target)!;
    // heavy ties pull harder, but one tie of weight 50 does not collapse its ends onto each other
    weights[j] = 1 + Math.log(Math.max(1, weight));
    j++;
  });
  return { positions, edges, weights };
}

/** Settings and budget for a graph of `order` nodes: Barnes–Hut above a few hundred, fewer iterations when large. */
export function layoutPlan(order: number): LayoutPlan {
  return {
    settings: {
      barnesHutOptimize: order > 500,
      barnesHutTheta: 0.6,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      slowDown: 1 + Math.log(Math.max(1, order)),
    },
    iterations: order <= 500 ? 600 : order <= 2_000 ? 400 : 150,
    maxMs: 6_000,
    chunk: order <= 2_000 ? 20 : 10,
  };
}

/** A ForceAtlas2 run over flat arrays: deterministic for the same input, settings and number of iterations. */
export class ForceAtlas2Run {
  private readonly nodes: Float32Array;
  private readonly edges: Float32Array;
  private readonly settings: Required<ForceAtlas2Settings>;
  done = 0;

  constructor(input: LayoutInput, settings: ForceAtlas2Settings) {
    this.settings = { ...FA2_DEFAULTS, ...settings };
    const order = input.positions.length / 2;
    this.nodes = new Float32Array(order * PPN);
    for (let i = 0; i < order; i++) {
      const n = i * PPN;
      this.nodes[n] = input.positions[i * 2];
      this.nodes[n + 1] = input.positions[i * 2 + 1];
      this.nodes[n + 6] = 1; // mass: 1 + weighted degree, below
      this.nodes[n + 7] = 1; // convergence
      this.nodes[n + 8] = 1; // size
    }
    const size = input.weights.length;
    this.edges = new Float32Array(size * PPE);
    for (let j = 0; j < size; j++) {
      const source = input.edges[j * 2] * PPN;
      const target = input.edges[j * 2 + 1] * PPN;
      const weight = input.weights[j];
      this.nodes[source + 6] += weight;
      this.nodes[target + 6] += weight;
      this.edges[j * PPE] = source;
      this.edges[j * PPE + 1] = target;
      this.edges[j * PPE + 2] = weight;
    }
  }

  step(iterations: number): void {
    for (let i = 0; i < iterations; i++) iterate(this.settings, this.nodes, this.edges);
    this.done += iterations;
  }

  /** x0, y0, x1, y1, … (a copy). */
  positions(): Float32Array {
    const order = this.nodes.length / PPN;
    const out = new Float32Array(order * 2);
    for (let i = 0; i < order; i++) {
      out[i * 2] = this.nodes[i * PPN];
      out[i * 2 + 1] = this.nodes[i * PPN + 1];
    }
    return out;
  }
}
