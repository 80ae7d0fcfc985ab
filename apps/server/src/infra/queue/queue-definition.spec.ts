import { unhandledJobs } from './queue-definition';

describe('unhandledJobs', () => {
  const queues = [
    { name: 'network', jobs: ['analyze', 'import'] },
    { name: 'ratings', jobs: ['recompute'] },
  ];

  it('finds nothing when every job of every queue has a processor', () => {
    const served = [
      { queue: 'network', jobNames: ['analyze', 'import'] },
      { queue: 'ratings', jobNames: ['recompute'] },
    ];
    expect(unhandledJobs(queues, served)).toEqual([]);
  });

  it('names each job without a handler and each queue missing from the registry', () => {
    const served = [
      { queue: 'network', jobNames: ['analyze'] },
      { queue: 'imports', jobNames: ['run'] },
    ];
    expect(unhandledJobs(queues, served)).toEqual([
      'job "import" of queue "network" has no handler',
      'job "recompute" of queue "ratings" has no handler',
      'queue "imports" is not in the registry',
    ]);
  });
});
