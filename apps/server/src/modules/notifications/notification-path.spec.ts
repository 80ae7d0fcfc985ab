import { notificationPath, type NotificationDto } from '@hubspoke/contracts';

const of = (n: Partial<NotificationDto>) =>
  notificationPath({ hubId: 'h', type: 'mention', payload: {}, ...n } as NotificationDto);

describe('notificationPath', () => {
  it('leads to the item in its hub', () => {
    expect(of({ type: 'task_assigned', payload: { taskId: 't', goalId: 'g' } })).toBe('/hubs/h/tasks?task=t');
    expect(of({ type: 'verification_requested', payload: { goalId: 'g', measurementId: 'm' } })).toBe(
      '/hubs/h/goals/g',
    );
    expect(of({ type: 'resolution_proposed', payload: { resolutionId: 'r' } })).toBe('/hubs/h/board/resolutions/r');
    expect(of({ type: 'review_scheduled', payload: { reviewId: 'v' } })).toBe('/hubs/h/board/reviews/v');
    expect(of({ payload: { commentId: 'c', targetType: 'resolution', targetId: 'r' } })).toBe(
      '/hubs/h/board/resolutions/r',
    );
  });

  it('leads a challenge’s notification to the challenge, and an invitation nowhere (its hub may be private)', () => {
    expect(of({ hubId: null, type: 'reviewer_assigned', payload: { challengeId: 'c', proposalId: 'p' } })).toBe(
      '/challenges/c',
    );
    expect(of({ type: 'invitation', payload: { invitationId: 'i' } })).toBeNull();
  });
});
