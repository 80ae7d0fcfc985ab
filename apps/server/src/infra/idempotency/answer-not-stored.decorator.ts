import { SetMetadata } from '@nestjs/common';

export const ANSWER_NOT_STORED = 'idempotencyAnswerNotStored';

/**
 * The route's answer is never kept for replay (it holds session tokens): an Idempotency-Key is checked for its form
 * and otherwise ignored.
 */
export const AnswerNotStored = () => SetMetadata(ANSWER_NOT_STORED, true);
