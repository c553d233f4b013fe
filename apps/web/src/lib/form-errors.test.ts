import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { fieldErrorsFromIssues, fieldErrorsOf } from './form-errors';

describe('server field errors → form fields', () => {
  it('drops the body prefix and turns array indexes into numbers', () => {
    expect(
      fieldErrorsFromIssues([
        { path: 'body.name', message: 'too short' },
        { path: 'body.officeHours.0.morningStart', message: 'HH:mm' },
      ]),
    ).toEqual([
      { name: ['name'], errors: ['too short'] },
      { name: ['officeHours', 0, 'morningStart'], errors: ['HH:mm'] },
    ]);
  });

  it('keeps several messages on one field together and ignores query and params issues', () => {
    expect(
      fieldErrorsFromIssues([
        { path: 'body.email', message: 'a' },
        { path: 'body.email', message: 'b' },
        { path: 'querystring.asOf', message: 'c' },
        { path: 'body', message: 'd' },
      ]),
    ).toEqual([{ name: ['email'], errors: ['a', 'b'] }]);
  });

  it('reads the issues of a VALIDATION_FAILED error', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', {
      fields: [{ path: 'body.name', code: 'too_small', message: 'Quá nhỏ' }, { nonsense: true }],
    });
    expect(fieldErrorsOf(error)).toEqual([{ name: ['name'], errors: ['Quá nhỏ'] }]);
    expect(fieldErrorsOf(new Error('x'))).toEqual([]);
  });
});
