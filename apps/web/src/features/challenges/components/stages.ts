import type { ChallengeStageKind } from '@hubspoke/contracts';

export const STAGE_LABELS: Record<ChallengeStageKind, string> = {
  submission: 'Submission',
  administrative_review: 'Administrative review',
  peer_review: 'Peer review',
  judges: 'Judges',
  award: 'Award',
};

export const formatMoney = (amount: number, currency: string) => {
  try {
    return amount.toLocaleString('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    return `${amount.toLocaleString('en-GB')} ${currency}`;
  }
};
