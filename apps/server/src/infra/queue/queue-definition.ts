/** A queue and the names of the jobs put on it. */
export interface QueueDefinition {
  name: string;
  jobs: readonly string[];
}

/** What a running processor serves. */
export interface ServedQueue {
  queue: string;
  jobNames: readonly string[];
}

/** Every queue job with no processor to run it, and every processor of a queue the registry does not know, in words. */
export function unhandledJobs(queues: readonly QueueDefinition[], served: readonly ServedQueue[]): string[] {
  const problems: string[] = [];
  for (const { name, jobs } of queues) {
    const handled = new Set(served.filter((s) => s.queue === name).flatMap((s) => s.jobNames));
    for (const job of jobs) if (!handled.has(job)) problems.push(`job "${job}" of queue "${name}" has no handler`);
  }
  const known = new Set(queues.map((q) => q.name));
  for (const { queue } of served) if (!known.has(queue)) problems.push(`queue "${queue}" is not in the registry`);
  return problems;
}
