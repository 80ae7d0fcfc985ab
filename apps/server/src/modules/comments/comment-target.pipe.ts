import { Injectable, NotFoundException, PipeTransform } from '@nestjs/common';
import { COMMENT_TARGETS, type CommentTarget } from '@hubspoke/contracts';

/** The path segment of each commentable thing: `tasks` for `task`, `goals` for `goal`. */
export const COMMENT_TARGET_SEGMENTS = COMMENT_TARGETS.map((target) => `${target}s`);

const BY_SEGMENT = new Map<string, CommentTarget>(COMMENT_TARGETS.map((target) => [`${target}s`, target]));

/** Turns the `:targetType` segment into a CommentTarget; any other segment is a route that does not exist (404). */
@Injectable()
export class ParseCommentTargetPipe implements PipeTransform<string, CommentTarget> {
  transform(segment: string): CommentTarget {
    const target = BY_SEGMENT.get(segment);
    if (!target) throw new NotFoundException(`Cannot comment on ${segment}`);
    return target;
  }
}
