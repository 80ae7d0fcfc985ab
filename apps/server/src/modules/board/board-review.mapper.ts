import { describePackChanges, type BoardPackDto, type BoardReviewDto } from '@hubspoke/contracts';
import type { BoardReview, FrozenPack } from './board-review.entity';

export function toReviewDto(review: BoardReview, readByMe: boolean): BoardReviewDto {
  return {
    id: review.id,
    hubId: review.hubId,
    title: review.title,
    scheduledFor: review.scheduledFor.toISOString(),
    pack: toPackDto(review.pack),
    readByMe,
    createdAt: review.createdAt.toISOString(),
  };
}

/** A frozen pack with its changes in words, for packs of every age. */
function toPackDto({ tasksDone, ...pack }: FrozenPack): BoardPackDto {
  const done = tasksDone ?? null;
  return { ...pack, tasksDone: done, whatChanged: describePackChanges(pack.changes, done) };
}
