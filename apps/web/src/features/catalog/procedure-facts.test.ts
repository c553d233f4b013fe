import type { ProcedureDetail } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import { canSubmitOnline, documentCaseNames, feeAmount, groupChannelFees } from './procedure-facts';

const fee = (amountVnd: number | null) => ({ name: 'Lệ phí', amountVnd, basis: 'Thông tư' });

describe('groupChannelFees', () => {
  it('merges channels that charge the same', () => {
    const groups = groupChannelFees([
      { channel: 'IN_PERSON', label: 'Trực tiếp', fees: [fee(8000)] },
      { channel: 'POSTAL', label: 'Bưu chính công ích', fees: [fee(8000)] },
      { channel: 'ONLINE_FULL', label: 'Trực tuyến toàn trình', fees: [fee(4000)] },
    ]);
    expect(groups.map((g) => g.channels.map((c) => c.label))).toEqual([
      ['Trực tiếp', 'Bưu chính công ích'],
      ['Trực tuyến toàn trình'],
    ]);
    expect(groups[1]!.fees[0]!.amountVnd).toBe(4000);
  });

  it('keeps channels without fees together', () => {
    const groups = groupChannelFees([
      { channel: 'IN_PERSON', label: 'Trực tiếp', fees: [] },
      { channel: 'ONLINE_FULL', label: 'Trực tuyến toàn trình', fees: [] },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.fees).toEqual([]);
  });
});

describe('documents per case', () => {
  const cases = [
    {
      code: 'A',
      name: 'Công trình cấp III',
      legalTime: { amount: 20, unit: 'CALENDAR_DAY', label: '20 ngày' },
      steps: [],
    },
    { code: 'B', name: 'Nhà ở riêng lẻ', legalTime: { amount: 15, unit: 'CALENDAR_DAY', label: '15 ngày' }, steps: [] },
  ] as ProcedureDetail['cases'];
  const doc = { id: 'd', name: 'Đơn', required: true, originals: 1, copies: 0 };

  it('names the cases a document is limited to', () => {
    expect(documentCaseNames({ ...doc, caseCodes: ['B'] }, cases)).toEqual(['Nhà ở riêng lẻ']);
    expect(documentCaseNames(doc, cases)).toEqual([]);
    expect(documentCaseNames({ ...doc, caseCodes: ['A'] }, cases.slice(0, 1))).toEqual([]);
  });

  it('knows when a procedure can be sent online', () => {
    expect(canSubmitOnline({ onlineLevel: 'ONLINE_PARTIAL' })).toBe(true);
    expect(canSubmitOnline({ onlineLevel: 'NONE' })).toBe(false);
  });
});

describe('feeAmount', () => {
  it('tells a sum, a free service and a fee set by the provincial council', () => {
    expect(feeAmount({ amountVnd: 8000, basis: 'Thông tư 281/2016/TT-BTC' })).toEqual({ kind: 'amount', vnd: 8000 });
    expect(feeAmount({ amountVnd: 0, basis: 'Miễn lệ phí' })).toEqual({ kind: 'free' });
    expect(feeAmount({ amountVnd: null, basis: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh Hải Dương' })).toEqual({
      kind: 'council',
    });
    expect(feeAmount({ amountVnd: null, basis: 'Nghị quyết HĐND tỉnh' })).toEqual({ kind: 'council' });
    expect(feeAmount({ amountVnd: null, basis: 'Quy định của Bộ Tài chính' })).toEqual({ kind: 'elsewhere' });
  });
});
