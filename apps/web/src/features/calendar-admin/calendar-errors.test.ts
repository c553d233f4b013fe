import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { problemsOf } from './calendar-errors';

describe('problemsOf', () => {
  it('lists the problems of a refused year', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Lịch làm việc năm 2028 không hợp lệ: …', {
      year: 2028,
      problems: ['Ngày 03/01/2026 không thuộc năm 2028', 42],
    });
    expect(problemsOf(error)).toEqual(['Ngày 03/01/2026 không thuộc năm 2028']);
  });

  it('falls back on field issues, and on nothing for other errors', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', {
      fields: [{ path: 'body.reason', message: 'Hãy ghi lý do thay đổi (ít nhất 5 ký tự)' }],
    });
    expect(problemsOf(error)).toEqual(['Hãy ghi lý do thay đổi (ít nhất 5 ký tự)']);
    expect(problemsOf(new Error('x'))).toEqual([]);
  });
});
