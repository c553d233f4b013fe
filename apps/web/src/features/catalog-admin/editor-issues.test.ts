import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import {
  fieldErrorsOfIssues,
  issuesFromError,
  issuesFromFormErrors,
  issuesPerTab,
  issueTarget,
  parsePath,
  tabOfPath,
  tokenizePath,
  toIssuePath,
} from './editor-issues';

describe('paths', () => {
  it('reads issue paths, zod paths and diff paths', () => {
    expect(parsePath('cases[0].steps[1].name')).toEqual(['cases', 0, 'steps', 1, 'name']);
    expect(parsePath('body.cases.0.steps.1.duration.amount')).toEqual(['cases', 0, 'steps', 1, 'duration', 'amount']);
    expect(tokenizePath('cases[1.001193.01].legalTime.amount')).toEqual([
      { kind: 'field', value: 'cases' },
      { kind: 'item', value: '1.001193.01' },
      { kind: 'field', value: 'legalTime' },
      { kind: 'field', value: 'amount' },
    ]);
    expect(toIssuePath('body.checklist.2.copies')).toBe('checklist[2].copies');
  });
});

describe('issue → tab and field', () => {
  it('puts each part of the procedure on its tab', () => {
    expect(tabOfPath('code')).toBe('general');
    expect(tabOfPath('decidingAgencyCode')).toBe('general');
    expect(tabOfPath('coordinatingAgencyCodes[0]')).toBe('general');
    expect(tabOfPath('cases[0].steps')).toBe('cases');
    expect(tabOfPath('channels[1].fees[0].basis')).toBe('channels');
    expect(tabOfPath('checklist[0].id')).toBe('documents');
    expect(tabOfPath('results')).toBe('results');
    expect(tabOfPath('legalBases[2].name')).toBe('results');
    expect(tabOfPath('')).toBe('general');
  });

  it('focuses the field, the amount of a duration, or the whole list box', () => {
    expect(issueTarget('name').field).toEqual(['name']);
    expect(issueTarget('cases[0].steps[1].duration').field).toEqual(['cases', 0, 'steps', 1, 'duration', 'amount']);
    expect(issueTarget('cases[0].legalTime').field).toEqual(['cases', 0, 'legalTime', 'amount']);
    expect(issueTarget('channels[0].time').field).toEqual(['channels', 0, 'time', 'amount']);
    expect(issueTarget('cases[0].steps[2].order').field).toEqual(['cases', 0, 'steps', 2, 'name']);
    expect(issueTarget('coordinatingAgencyCodes[1]').field).toEqual(['coordinatingAgencyCodes']);
    expect(issueTarget('notes[3]').field).toEqual(['notes']);
    expect(issueTarget('checklist[0].caseCodes').field).toEqual(['checklist', 0, 'caseCodes']);
  });

  it('scrolls to a list when the issue is about the list (steps not adding up, no channel)', () => {
    const sum = issueTarget('cases[0].steps');
    expect(sum).toEqual({
      tab: 'cases',
      field: null,
      anchors: ['procedure-cases-0-steps', 'procedure-cases-0', 'procedure-cases', 'procedure-tab-cases'],
    });
    expect(issueTarget('channels').field).toBeNull();
    expect(issueTarget('results').anchors[0]).toBe('procedure-results');
    expect(issueTarget('relatedCodes[0].code')).toMatchObject({ tab: 'general', field: null });
  });

  it('counts issues per tab and groups field errors', () => {
    const issues = [
      { path: 'name', code: 'REQUIRED', message: 'Tên thủ tục không được để trống' },
      { path: 'cases[0].steps', code: 'STEP_SUM', message: 'Tổng thời gian các bước…' },
      { path: 'cases[0].steps[0].name', code: 'REQUIRED', message: 'a' },
      { path: 'cases[0].steps[0].name', code: 'STEP_ORDER', message: 'b' },
    ];
    expect(issuesPerTab(issues)).toEqual({ general: 1, cases: 3 });
    expect(fieldErrorsOfIssues(issues)).toEqual([
      { name: ['name'], errors: ['Tên thủ tục không được để trống'] },
      { name: ['cases', 0, 'steps', 0, 'name'], errors: ['a', 'b'] },
    ]);
  });
});

describe('issues of a refused write', () => {
  it('reads the catalog issues of PROCEDURE_INVALID and VALIDATION_FAILED', () => {
    const error = new ApiError(422, 'PROCEDURE_INVALID', 'Thủ tục chưa đạt', {
      issues: [{ path: 'cases[0].steps', code: 'STEP_SUM', message: 'thừa 1 ngày' }, { nonsense: true }],
    });
    expect(issuesFromError(error)).toEqual([{ path: 'cases[0].steps', code: 'STEP_SUM', message: 'thừa 1 ngày' }]);
  });

  it('falls back on the schema’s field issues, and on nothing for other errors', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', {
      fields: [{ path: 'body.decidingAgencyCode', message: 'Mã định danh phải có dạng 000.00.00.H26' }],
    });
    expect(issuesFromError(error)).toEqual([
      { path: 'decidingAgencyCode', code: 'SCHEMA', message: 'Mã định danh phải có dạng 000.00.00.H26' },
    ]);
    expect(issuesFromError(new Error('x'))).toEqual([]);
  });

  it('shows the form’s own refusals the same way', () => {
    expect(
      issuesFromFormErrors([{ name: ['cases', 0, 'steps', 1, 'duration', 'amount'], errors: ['Nhập thời gian.'] }]),
    ).toEqual([{ path: 'cases[0].steps[1].duration.amount', code: 'FORM', message: 'Nhập thời gian.' }]);
  });
});
