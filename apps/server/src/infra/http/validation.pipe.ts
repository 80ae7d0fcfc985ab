import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiException, type FieldProblem } from './api-exception';

/** class-validator's name for a field the DTO does not have, whose own text ("property x should not exist") we replace. */
const UNKNOWN_FIELD = 'whitelistValidation';

function collect(errors: ValidationError[], prefix: string, into: FieldProblem[]): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      into.push(
        rule === UNKNOWN_FIELD
          ? { field, rule: 'unknownField', message: `${error.property} is not a field of this request` }
          : { field, rule, message },
      );
    }
    if (error.children?.length) collect(error.children, field, into);
  }
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findNul(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

const INPUT_TYPES: ReadonlySet<string> = new Set(['body', 'query', 'param']);

/** Validates every body, query and param against its DTO; unknown fields are rejected; messages keyed by field. */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only request input: global pipes also see websocket handler arguments such as the socket itself.
    if (!INPUT_TYPES.has(metadata.type)) return value;
    const nul = findNul(value, '');
    if (nul)
      throw ApiException.invalidFields([{ field: nul, rule: 'noNul', message: 'must not contain NUL characters' }]);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems: FieldProblem[] = [];
      collect(errors, '', problems);
      return ApiException.invalidFields(problems);
    },
  });
}
