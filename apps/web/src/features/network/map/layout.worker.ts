// Runs ForceAtlas2 off the main thread: positions go back every `chunk` iterations until the plan's budget is spent.
import { ForceAtlas2Run, type LayoutInput, type LayoutPlan } from './fa2';

export type LayoutRequest = LayoutInput & LayoutPlan;
export interface LayoutProgress {
  positions: Float32Array;
  iterations: number;
  done: boolean;
}

// the app is typed with the DOM library, whose `self` is a window; this is the part of a worker's scope used here
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutProgress, transfer: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { iterations, maxMs, chunk, settings, ...input } = event.data;
  const run = new ForceAtlas2Run(input, settings);
  const started = performance.now();
  while (run.done < iterations) {
    run.step(Math.min(chunk, iterations - run.done));
    const done = run.done >= iterations || performance.now() - started >= maxMs;
    const positions = run.positions();
    scope.postMessage({ positions, iterations: run.done, done }, [positions.buffer]);
    if (done) return;
  }
};
