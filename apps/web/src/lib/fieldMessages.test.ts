import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api';
import { fieldMessage, humanFieldErrors } from './fieldMessages';

describe('field messages', () => {
  it('words a field’s own rule first, then the rule in general, then a plain fallback', () => {
    expect(fieldMessage('target', 'aboveBaseline')).toBe(
      'For a goal that increases, the target must be above the baseline',
    );
    expect(fieldMessage('baseline', 'isNumber')).toBe('Enter a number');
    expect(fieldMessage('anything', 'someNewRule')).toBe('Check this value');
  });

  it('turns the api’s fields into one human message per field, and never shows validator text', () => {
    const error = new ApiRequestError(400, {
      statusCode: 400,
      message: 'Some fields are invalid',
      details: {
        baseline: ['baseline must be a number conforming to the specified constraints'],
        ownerOrganizationId: ['ownerOrganizationId must be a UUID'],
      },
      fields: [
        { field: 'baseline', rule: 'isNumber' },
        { field: 'baseline', rule: 'max' },
        { field: 'ownerOrganizationId', rule: 'isUuid' },
      ],
    });
    expect(humanFieldErrors(error)).toEqual({
      baseline: 'Enter a number',
      ownerOrganizationId: 'Choose the organization that owns it',
    });
  });

  it('words an answer without fields in general terms per field, and ignores errors that are not the api’s', () => {
    const old = new ApiRequestError(400, {
      details: { title: ['title must be shorter than or equal to 200 characters'] },
    });
    expect(humanFieldErrors(old)).toEqual({ title: 'Check this value' });
    expect(humanFieldErrors(new Error('offline'))).toEqual({});
  });
});
