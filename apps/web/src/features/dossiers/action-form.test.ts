import { dossierActionBodySchema } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { ACTION_ORDER, actionFields, actionTone, buildActionBody, displayedActions } from './action-form';

describe('displayedActions', () => {
  it('shows the allowed actions only, in a fixed order, and leaves out the ones it does not know', () => {
    expect(displayedActions(['WITHDRAW', 'STOP', 'TRANSFER'])).toEqual(['TRANSFER', 'STOP', 'WITHDRAW']);
    expect(displayedActions(['RESUBMIT', 'RECEIVE', 'SOMETHING'])).toEqual(['RECEIVE']);
    expect(displayedActions([])).toEqual([]);
  });

  it('knows every action of the contract', () => {
    const contract = dossierActionBodySchema.options.map((o) => o.shape.type.value).sort();
    expect([...ACTION_ORDER].sort()).toEqual(contract);
  });

  it('colours forward moves primary and endings red', () => {
    expect(actionTone('TRANSFER')).toBe('primary');
    expect(actionTone('WITHDRAW')).toBe('danger');
    expect(actionTone('APOLOGIZE')).toBe('default');
  });
});

describe('buildActionBody', () => {
  it('sends the version on screen and nothing but the action’s fields', () => {
    expect(buildActionBody('TRANSFER', { note: '  ', reason: 'x' }, 3)).toEqual({
      type: 'TRANSFER',
      expectedVersion: 3,
    });
    expect(buildActionBody('CLAIM', { note: 'ignored' }, 4)).toEqual({ type: 'CLAIM', expectedVersion: 4 });
    expect(buildActionBody('COMPLETE_STEP', { note: ' Đã tra cứu ' }, 5)).toEqual({
      type: 'COMPLETE_STEP',
      expectedVersion: 5,
      note: 'Đã tra cứu',
    });
  });

  it('builds the payload of each action as the contract accepts it', () => {
    const values = {
      items: [
        { name: ' Bản sao CCCD ', reason: ' Hết hạn ' },
        { name: '', reason: '' },
      ],
      reason: ' Người nộp đề nghị ',
      assigneeId: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b',
      description: 'Nộp phí cung cấp thông tin',
      amountVnd: 200000,
      receiptNumber: 'BL-0012',
      newDueDate: '2026-12-18',
      requestedByApplicant: true,
      resultSummary: 'Phiếu số 12',
      deliveredBy: 'COUNTER' as const,
      receivedBy: 'Nguyễn Thị Lan',
      signed: true,
    };
    for (const type of ACTION_ORDER) {
      const body = buildActionBody(type, values, 7);
      expect(dossierActionBodySchema.safeParse(body).success, type).toBe(true);
      const extra = Object.keys(body).filter((k) => k !== 'type' && k !== 'expectedVersion' && k !== 'note');
      expect(
        extra.every((k) => (actionFields[type] as readonly string[]).includes(k)),
        type,
      ).toBe(true);
    }
    expect(buildActionBody('REQUEST_SUPPLEMENT', values, 7)).toMatchObject({
      items: [{ name: 'Bản sao CCCD', reason: 'Hết hạn' }],
    });
    expect(buildActionBody('APOLOGIZE', values, 7)).toEqual({
      type: 'APOLOGIZE',
      expectedVersion: 7,
      reason: 'Người nộp đề nghị',
      newDueDate: '2026-12-18',
    });
    expect(buildActionBody('STOP', values, 7)).toMatchObject({ requestedByApplicant: true });
  });

  it('leaves an empty amount out of a payment request and defaults the hand-over', () => {
    expect(buildActionBody('REQUEST_PAYMENT', { description: 'Lệ phí', amountVnd: null }, 1)).toEqual({
      type: 'REQUEST_PAYMENT',
      expectedVersion: 1,
      description: 'Lệ phí',
    });
    expect(buildActionBody('RETURN_RESULT', { receivedBy: ' Lan ' }, 1)).toEqual({
      type: 'RETURN_RESULT',
      expectedVersion: 1,
      deliveredBy: 'COUNTER',
      receivedBy: 'Lan',
      signed: false,
    });
  });
});
