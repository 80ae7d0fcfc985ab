import type { TestUser } from './test-app';

/** One HTTP request of a fault test: when it ran, how long it took, and how it ended. */
export interface Outcome {
  label: string;
  /** ms since the epoch */
  start: number;
  end: number;
  ms: number;
  /** The HTTP status, or 'timeout' when the client gave up, or 'network' when no answer came at all. */
  status: number | 'timeout' | 'network';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked by the tests' assertions
  body: any;
}

/** Records every request a fault test makes, each bounded by a client timeout. */
export class Recorder {
  readonly outcomes: Outcome[] = [];

  constructor(readonly timeoutMs: number) {}

  /** A JSON request as `user` (or anonymous); never throws. */
  async call(url: string, method: string, path: string, user?: TestUser, body?: object, label = `${method} ${path}`) {
    const start = Date.now();
    let status: Outcome['status'];
    let json: unknown;
    try {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { ...(user ? user.auth : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = res.status;
      const text = await res.text();
      json = text ? JSON.parse(text) : null;
    } catch (error) {
      status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      json = { error: (error as Error).message };
    }
    const end = Date.now();
    const outcome: Outcome = { label, start, end, ms: end - start, status, body: json };
    this.outcomes.push(outcome);
    return outcome;
  }

  /** The outcomes of requests that were in flight at some point in [from, to]. */
  during(from: number, to: number): Outcome[] {
    return this.outcomes.filter((o) => o.end >= from && o.start <= to);
  }

  /** The first request begun at or after `from` that succeeded (2xx), as its end time. */
  firstSuccessAfter(from: number, label?: string): number | undefined {
    return this.outcomes
      .filter((o) => o.start >= from && typeof o.status === 'number' && o.status < 300 && (!label || o.label === label))
      .map((o) => o.end)
      .sort((a, b) => a - b)[0];
  }
}

export const count = (outcomes: Outcome[], test: (o: Outcome) => boolean) => outcomes.filter(test).length;
export const maxMs = (outcomes: Outcome[]) => outcomes.reduce((max, o) => Math.max(max, o.ms), 0);
/** Prints one summary line of figures, for RELIABILITY.md (`[faults] <scenario>: key=value, ...`). */
export function reportFigures(scenario: string, figures: Record<string, string | number>): void {
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  process.stdout.write(`\n[faults] ${scenario}: ${line}\n`);
}
