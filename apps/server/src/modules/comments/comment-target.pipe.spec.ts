import { NotFoundException } from '@nestjs/common';
import { COMMENT_TARGET_SEGMENTS, ParseCommentTargetPipe } from './comment-target.pipe';

describe('ParseCommentTargetPipe', () => {
  const pipe = new ParseCommentTargetPipe();

  it('maps each plural path segment to its comment target', () => {
    expect(COMMENT_TARGET_SEGMENTS).toEqual(['goals', 'tasks', 'reviews', 'resolutions']);
    expect(pipe.transform('tasks')).toBe('task');
    expect(pipe.transform('goals')).toBe('goal');
    expect(pipe.transform('reviews')).toBe('review');
    expect(pipe.transform('resolutions')).toBe('resolution');
  });

  it('answers 404 for anything else, as for a route that does not exist', () => {
    for (const segment of ['task', 'members', 'resolution', 'seats', '']) {
      expect(() => pipe.transform(segment)).toThrow(NotFoundException);
    }
  });
});
