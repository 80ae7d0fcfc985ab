import type { Constituency, MajorityRule, ResolutionStatus, SeatKind, VoteChoice } from '@hubspoke/contracts';

export const CONSTITUENCY_LABELS: Record<Constituency, string> = {
  public: 'Public',
  private: 'Private',
  civic: 'Civic',
  hub: 'Hub',
};

export const KIND_LABELS: Record<SeatKind, string> = {
  representative: 'Representative',
  independent: 'Independent',
};

export const MAJORITY_LABELS: Record<MajorityRule, string> = {
  simple: 'Simple majority',
  two_thirds: 'Two-thirds majority',
  unanimous: 'Unanimous',
};

export const CHOICE_LABELS: Record<VoteChoice, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };

export const STATUS: Record<ResolutionStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'blue' },
  passed: { label: 'Passed', color: 'teal' },
  rejected: { label: 'Rejected', color: 'red' },
  no_quorum: { label: 'No quorum', color: 'yellow' },
  withdrawn: { label: 'Withdrawn', color: 'gray' },
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A `datetime-local` input's value as an ISO instant (the api wants strict date-times). */
export const localToIso = (value: string) => (value ? new Date(value).toISOString() : '');
