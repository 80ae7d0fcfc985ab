import type { CommentTarget } from './enums';

/** A comment as the api answers it and as `comment.created` carries it. */
export interface CommentDto {
  id: string;
  hubId: string;
  targetType: CommentTarget;
  targetId: string;
  authorId: string | null;
  /** Null when the author's account no longer exists. */
  authorName: string | null;
  authorOrganizationId: string | null;
  body: string;
  createdAt: string;
}
