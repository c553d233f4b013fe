import { describe, expect, it } from 'vitest';
import { type MessageKey, type MessageParams, translate } from '../../lib/i18n';
import { describePath, describeValue, lastField } from './change-display';

const vi = (key: MessageKey, params?: MessageParams) => translate('vi', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('describePath', () => {
  it('names diff paths by the identity of list elements', () => {
    expect(describePath('name', vi, 'identity')).toBe('Tên thủ tục');
    expect(describePath('cases[1.001193.01].legalTime.amount', vi, 'identity')).toBe(
      'Trường hợp 1.001193.01 › Thời hạn luật định › Số lượng',
    );
    expect(describePath('cases[1.001193.01].steps[2].name', vi, 'identity')).toBe(
      'Trường hợp 1.001193.01 › Bước 2 › Tên',
    );
    expect(describePath('checklist[to-khai].copies', vi, 'identity')).toBe('Thành phần to-khai › Bản sao');
    expect(describePath('channels[POSTAL]', vi, 'identity')).toBe('Cách thức Bưu chính công ích');
    expect(describePath('channels[IN_PERSON].fees[Lệ phí].amountVnd', vi, 'identity')).toBe(
      'Cách thức Trực tiếp › Khoản phí “Lệ phí” › Mức thu',
    );
  });

  it('counts issue positions from 1', () => {
    expect(describePath('cases[0].steps[1].duration', vi, 'index')).toBe('Trường hợp 1 › Bước 2 › Thời gian');
    expect(describePath('decidingAgencyCode', vi, 'index')).toBe('Cơ quan giải quyết');
    expect(describePath('coordinatingAgencyCodes[0]', en, 'index')).toBe('Coordinating agency 1');
  });

  it('shows unknown fields by their name', () => {
    expect(describePath('somethingNew.inner', vi, 'identity')).toBe('somethingNew › inner');
  });
});

describe('describeValue', () => {
  it('says values in words', () => {
    expect(describeValue(undefined, 'name', vi)).toBe('(không có)');
    expect(describeValue(true, 'required', vi)).toBe('Có');
    expect(describeValue(400000, 'amountVnd', vi)).toBe('400.000\u00a0₫');
    expect(describeValue(null, 'amountVnd', vi)).toBe('Theo Nghị quyết HĐND tỉnh');
    expect(describeValue(null, 'effectiveTo', vi)).toBe('(không thời hạn)');
    expect(describeValue(7.5, 'amount', vi)).toBe('7,5');
    expect(describeValue('2019-03-01', 'effectiveFrom', vi)).toBe('01/03/2019');
    expect(describeValue('WORKING_DAY', 'unit', vi)).toBe('ngày làm việc');
    expect(describeValue('COMMUNE', 'level', vi)).toBe('Cấp xã');
    expect(describeValue('AGENCY_LEADER', 'role', vi)).toBe('Lãnh đạo sở/ngành');
    expect(describeValue({ amount: 10, unit: 'WORKING_DAY' }, 'legalTime', vi)).toBe('10 ngày làm việc');
    expect(describeValue(['000.00.18.H26', '000.00.04.H26'], 'coordinatingAgencyCodes', vi)).toBe(
      '000.00.18.H26, 000.00.04.H26',
    );
  });

  it('sums up list elements on one line each', () => {
    const step = {
      order: 2,
      name: 'Thẩm định',
      role: 'SPECIALIST',
      agency: 'DECIDING',
      duration: { amount: 3, unit: 'WORKING_DAY' },
    };
    expect(describeValue(step, 'steps', vi)).toBe('2. Thẩm định — Chuyên viên — Cơ quan giải quyết — 3 ngày làm việc');
    expect(describeValue({ channel: 'POSTAL', fees: [] }, 'channels', vi)).toBe('Bưu chính công ích (0 khoản phí)');
    expect(
      describeValue({ id: 'to-khai', name: 'Tờ khai', originals: 1, copies: 0, required: true }, 'checklist', vi),
    ).toBe('Tờ khai: 1 bản chính, 0 bản sao');
    expect(describeValue([{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }], 'legalBases', vi)).toBe(
      '60/2014/QH13 — Luật Hộ tịch',
    );
    expect(describeValue(['Một', 'Hai'], 'notes', vi)).toBe('Một\nHai');
  });

  it('reads the field of a path', () => {
    expect(lastField('cases[1.001193.01].legalTime.amount')).toBe('amount');
    expect(lastField('channels[POSTAL]')).toBe('channels');
  });
});
