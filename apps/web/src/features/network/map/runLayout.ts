import type { MapGraph } from './buildGraph';
import { layoutInput, layoutPlan } from './fa2';
import type { LayoutProgress, LayoutRequest } from './layout.worker';

export type LayoutState = 'running' | 'done';

/** Writes x0, y0, x1, y1, … onto the graph's nodes, in the graph's node order. */
export function assignPositions(graph: MapGraph, positions: Float32Array): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = positions[i * 2];
      attributes.y = positions[i * 2 + 1];
      i++;
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Lays the graph out with ForceAtlas2 in a web worker, from the positions it has (deterministic ones, see
 * buildGraph). Positions are written back at most once a frame, the latest only. Returns a function that stops it.
 */
export function runLayout(graph: MapGraph, onState: (state: LayoutState) => void): () => void {
  if (typeof Worker === 'undefined' || graph.order < 2) {
    onState('done');
    return () => {};
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  let latest: LayoutProgress | null = null;
  let frame = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    worker.terminate();
  };
  const apply = () => {
    frame = 0;
    if (!latest || stopped) return;
    const { positions, done } = latest;
    latest = null;
    assignPositions(graph, positions);
    if (done) {
      stop();
      onState('done');
    }
  };
  worker.onmessage = ({ data }: MessageEvent<LayoutProgress>) => {
    latest = data;
    frame ||= requestAnimationFrame(apply);
  };
  worker.onerror = () => {
    stop();
    onState('done');
  };
  const input = layoutInput(graph);
  onState('running');
  worker.postMessage({ ...input, ...layoutPlan(graph.order) } satisfies LayoutRequest, [
    input.positions.buffer,
    input.edges.buffer,
    input.weights.buffer,
  ]);
  return stop;
}
