import type { BoardReviewDto } from '@hubspoke/contracts';
import type { BoardReview } from './board-review.entity';

export function toReviewDto(review: BoardReview, readByMe: boolean): BoardReviewDto {
  return {
    id: review.id,
    hubId: review.hubId,
    title: review.title,
    scheduledFor: review.scheduledFor.toISOString(),
    pack: review.pack,
    readByMe,
    createdAt: review.createdAt.toISOString(),
  };
}
