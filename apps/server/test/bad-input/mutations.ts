import { resolve, type OpenApiDocument, type Schema } from '../support/openapi';

export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE task; --",
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000',
  '%00%27',
  '𝕳𝖚𝖇' + '\u202e',
];

/** Values a field of this schema must refuse: wrong types, out of range, too long, too many, bad formats, injections. */
export function badValues(doc: OpenApiDocument, raw: Schema | undefined): unknown[] {
  const schema = resolve(doc, raw);
  const wrongTypes: unknown[] = [{ nested: { object: true } }, [1, 2]];
  if (schema.enum?.length) return [...wrongTypes, 12, 'not-an-option', ...INJECTIONS];
  switch (schema.type) {
    case 'integer':
      return [
        ...wrongTypes,
        'twelve',
        true,
        1.5,
        (schema.maximum ?? 2 ** 53) + 1,
        (schema.minimum ?? -(2 ** 53)) - 1,
        1e308,
        -1e308,
      ];
    case 'number':
      return [
        ...wrongTypes,
        'twelve',
        true,
        ...(schema.maximum !== undefined ? [schema.maximum * 2 + 1] : [1e308]),
        ...(schema.minimum !== undefined ? [schema.minimum * 2 - 1] : [-1e308]),
      ];
    case 'boolean':
      return [...wrongTypes, 'yes', 1];
    case 'array': {
      const tooMany = Array.from({ length: (schema.maxItems ?? 10_000) + 1 }, () => 1);
      return [
        { not: 'an array' },
        'x',
        tooMany,
        [{ nested: true }],
        ...badValues(doc, schema.items)
          .slice(2, 4)
          .map((v) => [v]),
      ];
    }
    case 'object':
      return ['x', 12, [1]];
    default: {
      const constrained = schema.format || schema.pattern;
      return [
        ...wrongTypes,
        12345,
        true,
        'x'.repeat((schema.maxLength ?? 100_000) + 1),
        ...(constrained ? ['%% Not Valid !!', ...INJECTIONS] : ['\u0000']),
      ];
    }
  }
}

/** Query-string values a parameter of this schema must refuse (everything arrives as text there). */
export function badQueryValues(doc: OpenApiDocument, raw: Schema | undefined): string[] {
  const schema = resolve(doc, raw);
  if (schema.enum?.length) return ['not-an-option', ...INJECTIONS.slice(0, 3)];
  switch (schema.type) {
    case 'integer':
      return ['twelve', '1.5', '-99999999999999999999', '1e309', `${(schema.maximum ?? 2 ** 53) + 1}`];
    case 'number':
      return ['twelve', 'NaN', 'Infinity'];
    case 'boolean':
      return ['maybe', '2'];
    default:
      if (schema.format === 'uuid') return ['not-a-uuid', ...INJECTIONS.slice(0, 3)];
      if (schema.maxLength !== undefined) return ['x'.repeat(schema.maxLength + 1)];
      return [];
  }
}

export const BAD_PATH_IDS = [
  'not-a-uuid',
  "1' OR '1'='1",
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '0',
  '00000000-0000-0000-0000-00000000000g',
];
