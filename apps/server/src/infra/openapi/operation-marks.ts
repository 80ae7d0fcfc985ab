import { ApiExtension } from '@nestjs/swagger';

/** Marks on an operation that buildApiDocument turns into standard OpenAPI, then removes. */
export const OPERATION_MARKS = { public: 'x-public', unlimited: 'x-unlimited' } as const;

/** Open without a token: `security: []`. */
export const ApiPublic = () => ApiExtension(OPERATION_MARKS.public, true);

/** Counts against no rate limit: no 429 response. */
export const ApiUnlimited = () => ApiExtension(OPERATION_MARKS.unlimited, true);
