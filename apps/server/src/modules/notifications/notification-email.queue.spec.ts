import { emailSlot } from './notification-email.queue';

describe('emailSlot', () => {
  const window = 300_000;
  const start = 1_800_000_000_000 - (1_800_000_000_000 % window);

  it('gives every notification of a window the same job, sent when the window ends', () => {
    expect(emailSlot('u', window, start + 1)).toEqual({ jobId: `notify-email.u.${start / window}`, delay: window - 1 });
    expect(emailSlot('u', window, start + window - 1)).toEqual({
      jobId: `notify-email.u.${start / window}`,
      delay: 1,
    });
  });

  it('starts a new job with the next window, and keeps users apart', () => {
    expect(emailSlot('u', window, start + window).jobId).toBe(`notify-email.u.${start / window + 1}`);
    expect(emailSlot('v', window, start + 1).jobId).not.toBe(emailSlot('u', window, start + 1).jobId);
  });
});
