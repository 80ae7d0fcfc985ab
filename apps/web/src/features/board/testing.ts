import type { BoardSeatDto, BoardReviewDto, ResolutionDto, VoteRecordDto } from '@hubspoke/contracts';

const org = (id: string, name: string) => ({ id, name, shortName: name, sector: 'government' as const, country: null });

export function seat(overrides: Partial<BoardSeatDto> = {}): BoardSeatDto {
  return {
    id: 'seat-1',
    hubId: 'h',
    title: 'Donor governments',
    kind: 'representative',
    constituency: 'public',
    holder: { memberId: 'm-holder', userId: 'u-holder', name: 'Hana Holder', organization: org('o1', 'Norad') },
    alternate: { memberId: 'm-alt', userId: 'u-alt', name: 'Alex Alternate', organization: org('o2', 'FCDO') },
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function resolution(overrides: Partial<ResolutionDto> = {}): ResolutionDto {
  return {
    id: 'res-1',
    hubId: 'h',
    title: 'Approve the 2027 plan',
    motion: 'The board approves the plan.',
    status: 'open',
    rules: { quorum: 0.5, majority: 'simple' },
    deadline: '2026-12-31T12:00:00Z',
    closedAt: null,
    proposedById: 'u-sec',
    tally: {
      seats: 4,
      voted: 3,
      for: 2,
      against: 1,
      abstain: 0,
      quorumSeats: 2,
      quorumMet: true,
      majorityMet: true,
      status: 'passed',
    },
    closingSeats: null,
    votes: [],
    version: 1,
    createdAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

/** A vote by the holder of seat-1 that counts for it. */
export function voteRecord(overrides: Partial<VoteRecordDto> = {}): VoteRecordDto {
  return {
    id: 'vote-1',
    seatId: 'seat-1',
    seat: { title: 'Donor governments', kind: 'representative', constituency: 'public' },
    voter: { memberId: 'm-holder', userId: 'u-holder', name: 'Hana Holder', organization: { id: 'o1', name: 'Norad' } },
    castBy: 'holder',
    choice: 'for',
    castAt: '2026-11-02T00:00:00Z',
    counts: true,
    ...overrides,
  };
}

export function review(overrides: Partial<BoardReviewDto> = {}): BoardReviewDto {
  return {
    id: 'rev-1',
    hubId: 'h',
    title: 'Q4 board review',
    scheduledFor: '2026-12-10T09:00:00Z',
    readByMe: false,
    createdAt: '2026-11-20T09:00:00Z',
    pack: {
      periodStart: '2026-09-01T00:00:00Z',
      periodEnd: '2026-11-20T00:00:00Z',
      goals: [
        {
          id: 'g1',
          title: 'DTP3 coverage',
          unit: '%',
          target: 90,
          progress: 40,
          health: 'at_risk',
          previousHealth: 'on_track',
          latestValue: 71,
          trend: [],
        },
      ],
      changes: { 'task.moved': 23, 'task.created': 4, 'measurement.verified': 13, 'goal.measured': 2 },
      tasksDone: 6,
      whatChanged: [
        { group: 'tasks', title: 'Tasks', summary: '23 moved, 6 done, 4 created' },
        { group: 'measurements', title: 'Measurements', summary: '13 verified, 2 reported' },
      ],
      keyTasks: [
        {
          id: 't1',
          title: 'Cold chain audit',
          status: 'blocked',
          priority: 'high',
          dueDate: '2026-11-01',
          assigneeOrganizationName: 'UNICEF',
          reason: 'blocked',
        },
      ],
      digests: [{ cadence: 'weekly', periodKey: '2026-W45', subject: 'Week 45 in the hub' }],
      resolutions: [{ id: 'res-1', title: 'Approve the 2027 plan', status: 'passed' }],
    },
    ...overrides,
  };
}
