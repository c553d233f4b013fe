import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { defaultDiffPair } from './history';
import { compareColumns, compareIssues, importFormatOf, importResultOfError, issueRows } from './import-file';

describe('import files', () => {
  it('knows the format by the extension', () => {
    expect(importFormatOf('danh-muc-thu-tuc-20261127.JSON')).toBe('json');
    expect(importFormatOf('so-tu-phap.xlsx')).toBe('xlsx');
    expect(importFormatOf('cu.xls')).toBeNull();
  });

  it('shows a refused apply as a result that wrote nothing', () => {
    const issue = { sheet: 'Thủ tục', row: 3, column: 'F', code: 'UNKNOWN_AGENCY', message: 'Không tìm thấy cơ quan' };
    const error = new ApiError(422, 'IMPORT_INVALID', 'Tệp có lỗi', {
      issues: [issue],
      summary: { new: 2, updated: 0, unchanged: 0 },
    });
    expect(importResultOfError(error)).toEqual({
      valid: false,
      applied: false,
      issues: [issue],
      summary: { new: 2, updated: 0, unchanged: 0 },
      procedures: [],
    });
    expect(importResultOfError(new ApiError(413, 'PAYLOAD_TOO_LARGE', 'Quá lớn'))).toBeNull();
  });

  it('writes the rows of an issue', () => {
    expect(issueRows({ row: 4 })).toBe('4');
    expect(issueRows({ row: 0 })).toBe('');
    expect(issueRows({ row: 2, rows: [4, 2, 3, 5, 6] })).toBe('2–6');
    expect(issueRows({ row: 2, rows: [2, 5, 9] })).toBe('2, 5, 9');
  });

  it('orders issues as they are read: sheet, row, column (B before AA)', () => {
    expect(compareColumns('B', 'AA')).toBeLessThan(0);
    const issues = [
      { sheet: 'Quy trình', row: 2, column: 'G', code: 'X', message: '' },
      { sheet: 'Quy trình', row: 2, column: 'B', code: 'X', message: '' },
      { sheet: 'Phí', row: 9, code: 'X', message: '' },
    ];
    expect([...issues].sort(compareIssues).map((i) => `${i.sheet}${i.row}${i.column ?? ''}`)).toEqual([
      'Phí9',
      'Quy trình2B',
      'Quy trình2G',
    ]);
  });
});

describe('version history', () => {
  it('compares the newest version with the one before it', () => {
    expect(defaultDiffPair([{ version: 3 }, { version: 1 }, { version: 2 }])).toEqual({ from: 2, to: 3 });
    expect(defaultDiffPair([{ version: 1 }])).toBeNull();
  });
});
