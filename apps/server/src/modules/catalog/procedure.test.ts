import { describe, expect, it } from 'vitest';
import {
  checkStepDurations,
  diffProcedures,
  formatDuration,
  hasEstimatedValues,
  nationalCodeProblem,
  validateCatalog,
  validateProcedure,
  type CatalogContext,
  type Procedure,
} from './procedure';

const ctx: CatalogContext = { knownAgencies: new Set(['trung-tam', 'so-tu-phap', 'cong-an']) };

/** A valid procedure: three working days, with an inter-agency step at the police. */
function sample(): Procedure {
  return {
    code: '3.000333',
    localCode: '3.000333.000.00.00.H26',
    name: 'Cấp Phiếu lý lịch tư pháp',
    field: 'Lý lịch tư pháp',
    level: 'PROVINCE',
    decidingAgencyKey: 'so-tu-phap',
    receivingAgencyKey: 'trung-tam',
    coordinatingAgencyKeys: ['cong-an'],
    ruleSet: '2018',
    status: 'PUBLISHED',
    effectiveFrom: '2019-03-01',
    effectiveTo: null,
    cases: [
      {
        code: '3.000333.01',
        name: 'Thông thường',
        legalTime: { amount: 3, unit: 'WORKING_DAY' },
        steps: [
          {
            order: 1,
            name: 'Tiếp nhận',
            role: 'RECEPTION_OFFICER',
            agency: 'RECEIVING',
            duration: { amount: 0.5, unit: 'WORKING_DAY' },
          },
          {
            order: 2,
            name: 'Thẩm định',
            role: 'SPECIALIST',
            agency: 'DECIDING',
            duration: { amount: 1, unit: 'WORKING_DAY' },
          },
          {
            order: 3,
            name: 'Xác minh',
            role: 'SPECIALIST',
            agency: 'COORDINATING',
            duration: { amount: 0.5, unit: 'WORKING_DAY' },
          },
          {
            order: 4,
            name: 'Ký duyệt',
            role: 'AGENCY_LEADER',
            agency: 'DECIDING',
            duration: { amount: 4, unit: 'WORKING_HOUR' },
          },
          {
            order: 5,
            name: 'Trả kết quả',
            role: 'CLERK',
            agency: 'DECIDING',
            duration: { amount: 0.5, unit: 'WORKING_DAY' },
          },
        ],
      },
    ],
    channels: [
      { channel: 'IN_PERSON', fees: [{ name: 'Phí', amountVnd: 200_000, basis: 'Thông tư số 244/2016/TT-BTC' }] },
      { channel: 'ONLINE_FULL', fees: [{ name: 'Lệ phí', amountVnd: null, basis: 'Theo Nghị quyết HĐND tỉnh' }] },
    ],
    checklist: [
      { id: 'to-khai', name: 'Tờ khai', originals: 1, copies: 0, required: true },
      { id: 'cccd', name: 'Bản sao CCCD', originals: 0, copies: 1, required: true },
    ],
    results: [{ name: 'Phiếu lý lịch tư pháp' }],
    legalBases: [{ code: '28/2009/QH12', name: 'Luật Lý lịch tư pháp' }],
    receivedAtCenter: true,
    processedWhollyAtCenter: false,
    interAgency: true,
    sources: { code: 'S', time: 'S', fee: 'E', docs: 'S*' },
  };
}

const codes = (p: Procedure, c: CatalogContext = ctx) => validateProcedure(p, c).map((i) => i.code);

describe('validateProcedure', () => {
  it('accepts a complete procedure (half days and working hours add up)', () => {
    expect(validateProcedure(sample(), ctx)).toEqual([]);
  });

  it('refuses steps that fall short of the legal time and shows the difference', () => {
    const p = sample();
    p.cases[0]!.legalTime = { amount: 10, unit: 'WORKING_DAY' };
    p.cases[0]!.steps[1]!.duration = { amount: 7, unit: 'WORKING_DAY' };
    const issues = validateProcedure(p, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('STEP_SUM');
    expect(issues[0]!.path).toBe('cases[0].steps');
    expect(issues[0]!.message).toBe(
      'Tổng thời gian các bước 9 ngày làm việc, thời hạn luật định 10 ngày làm việc: thiếu 1 ngày',
    );
    expect(issues[0]!.difference).toEqual({ amount: -1, unit: 'WORKING_DAY' });
  });

  it('refuses steps that exceed the legal time, with half days in Vietnamese notation', () => {
    const p = sample();
    p.cases[0]!.steps[1]!.duration = { amount: 1.5, unit: 'WORKING_DAY' };
    const [issue] = validateProcedure(p, ctx);
    expect(issue!.message).toBe(
      'Tổng thời gian các bước 3,5 ngày làm việc, thời hạn luật định 3 ngày làm việc: thừa 0,5 ngày',
    );
  });

  it('compares same-day procedures in working hours', () => {
    const p = sample();
    p.cases[0]!.legalTime = { amount: 1, unit: 'SAME_DAY' };
    p.cases[0]!.steps = p.cases[0]!.steps.map((s) => ({ ...s, duration: { amount: 1, unit: 'WORKING_HOUR' } }));
    const [issue] = validateProcedure(p, ctx);
    expect(issue!.message).toBe(
      'Tổng thời gian các bước 5 giờ làm việc, thời hạn luật định trong ngày (8 giờ làm việc): thiếu 3 giờ',
    );
  });

  it('refuses calendar-day steps in a working-day case', () => {
    const p = sample();
    p.cases[0]!.steps[1]!.duration = { amount: 1, unit: 'CALENDAR_DAY' };
    const issues = validateProcedure(p, ctx);
    expect(issues.map((i) => i.code)).toEqual(['STEP_UNIT']);
    expect(issues[0]!.path).toBe('cases[0].steps[1].duration');
  });

  it.each(['1.00119', '7.001193', '1001193', '1.001193.01', '', 'A.001193'])('refuses the code "%s"', (code) => {
    const p = sample();
    p.code = code;
    p.cases[0]!.code = `${code}.01`;
    p.localCode = undefined;
    expect(codes(p)).toEqual(['CODE_FORMAT']);
  });

  it('refuses a local code that does not extend the national code', () => {
    const p = sample();
    p.localCode = '1.001193.000.00.00.H26';
    expect(codes(p)).toEqual(['LOCAL_CODE_FORMAT']);
    p.localCode = '3.000333.H26';
    expect(codes(p)).toEqual(['LOCAL_CODE_FORMAT']);
  });

  it('refuses a case code that does not extend the procedure code', () => {
    const p = sample();
    p.cases[0]!.code = '3.000333.1';
    expect(codes(p)).toEqual(['CASE_CODE']);
  });

  it('refuses an unknown agency and names it', () => {
    const p = sample();
    p.decidingAgencyKey = 'so-khong-ton-tai';
    const issues = validateProcedure(p, ctx);
    expect(issues.map((i) => i.code)).toContain('UNKNOWN_AGENCY');
    const unknown = issues.find((i) => i.code === 'UNKNOWN_AGENCY')!;
    expect(unknown.path).toBe('decidingAgencyKey');
    expect(unknown.message).toContain('so-khong-ton-tai');
  });

  it('refuses an unknown coordinating agency', () => {
    const issues = validateProcedure(sample(), { knownAgencies: new Set(['trung-tam', 'so-tu-phap']) });
    expect(issues.map((i) => i.path)).toEqual(['coordinatingAgencyKeys[0]']);
  });

  it('refuses duplicate checklist ids', () => {
    const p = sample();
    p.checklist[1]!.id = 'to-khai';
    const issues = validateProcedure(p, ctx);
    expect(issues.map((i) => i.code)).toEqual(['DUPLICATE_CHECKLIST_ID']);
    expect(issues[0]!.path).toBe('checklist[1].id');
  });

  it('requires at least one channel', () => {
    const p = sample();
    p.channels = [];
    expect(codes(p)).toEqual(['NO_CHANNEL']);
  });

  it('refuses a channel declared twice and both online levels at once', () => {
    const p = sample();
    p.channels.push({ channel: 'IN_PERSON', fees: [] }, { channel: 'ONLINE_PARTIAL', fees: [] });
    expect(codes(p)).toEqual(['DUPLICATE_CHANNEL', 'DUPLICATE_CHANNEL']);
  });

  it('accepts a fee set by resolution (null) but refuses a negative or fractional amount', () => {
    const p = sample();
    p.channels[0]!.fees[0]!.amountVnd = -1;
    p.channels[1]!.fees[0]!.amountVnd = 10.5;
    expect(codes(p)).toEqual(['FEE', 'FEE']);
  });

  it('needs a named agency when a step says COORDINATING and there are several', () => {
    const p = sample();
    p.coordinatingAgencyKeys = ['cong-an', 'trung-tam'];
    expect(codes(p)).toContain('STEP_AGENCY');
  });

  it('requires every coordinating agency to have a step (Circular 01 indicator 2)', () => {
    const p = sample();
    p.cases[0]!.steps[2]!.agency = 'DECIDING';
    const issues = validateProcedure(p, ctx);
    expect(issues.map((i) => i.code)).toEqual(['INTER_AGENCY']);
    expect(issues[0]!.message).toContain('cong-an');
  });

  it('refuses a step at an agency that takes no part in the procedure', () => {
    const p = sample();
    p.cases[0]!.steps[1]!.agency = { key: 'trung-tam-khac' };
    expect(codes(p)).toEqual(['STEP_AGENCY']);
  });

  it('refuses step numbers out of order', () => {
    const p = sample();
    p.cases[0]!.steps[3]!.order = 7;
    expect(codes(p)).toEqual(['STEP_ORDER']);
  });

  it('refuses an end of validity before its start', () => {
    const p = sample();
    p.effectiveTo = '2018-12-31';
    expect(codes(p)).toEqual(['EFFECTIVE_DATES']);
  });

  it('refuses "processed wholly at the center" for a procedure not received there', () => {
    const p = sample();
    p.receivedAtCenter = false;
    p.processedWhollyAtCenter = true;
    expect(codes(p)).toEqual(['CENTER']);
  });
});

describe('validateCatalog', () => {
  it('gives row numbers and flags a code used twice', () => {
    const good = sample();
    const bad = sample();
    bad.decidingAgencyKey = 'khong-co';
    const issues = validateCatalog([good, bad], ctx, 2);
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'UNKNOWN_AGENCY'],
      [3, 'DUPLICATE_CODE'],
    ]);
    expect(issues[1]!.message).toBe('Mã thủ tục 3.000333 đã có ở dòng 2');
  });
});

describe('checkStepDurations', () => {
  it('adds working hours to working days at 8 hours a day', () => {
    const result = checkStepDurations({
      legalTime: { amount: 1, unit: 'WORKING_DAY' },
      steps: [
        { order: 1, name: 'a', role: 'SPECIALIST', agency: 'DECIDING', duration: { amount: 6, unit: 'WORKING_HOUR' } },
        { order: 2, name: 'b', role: 'CLERK', agency: 'DECIDING', duration: { amount: 0.25, unit: 'WORKING_DAY' } },
      ],
    });
    expect(result).toEqual({ ok: true, total: { amount: 1, unit: 'WORKING_DAY' } });
  });

  it('is exact with decimals such as 7.5 days', () => {
    const tenths = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 3.5];
    const result = checkStepDurations({
      legalTime: { amount: 8, unit: 'WORKING_DAY' },
      steps: tenths.map((amount, i) => ({
        order: i + 1,
        name: `b${i}`,
        role: 'SPECIALIST' as const,
        agency: 'DECIDING' as const,
        duration: { amount, unit: 'WORKING_DAY' as const },
      })),
    });
    expect(result.ok).toBe(true);
  });
});

describe('formatDuration', () => {
  it('writes Vietnamese units and decimal commas', () => {
    expect(formatDuration({ amount: 7.5, unit: 'WORKING_DAY' })).toBe('7,5 ngày làm việc');
    expect(formatDuration({ amount: 20, unit: 'CALENDAR_DAY' })).toBe('20 ngày');
    expect(formatDuration({ amount: 2, unit: 'WORKING_HOUR' })).toBe('2 giờ làm việc');
    expect(formatDuration({ amount: 1, unit: 'SAME_DAY' })).toBe('trong ngày');
  });
});

describe('nationalCodeProblem', () => {
  it('accepts national codes of groups 1 to 6', () => {
    expect(nationalCodeProblem('1.001193')).toBeNull();
    expect(nationalCodeProblem('6.900001')).toBeNull();
  });
});

describe('diffProcedures', () => {
  it('lists changed paths with before and after, keyed by ids rather than positions', () => {
    const a = sample();
    const b = sample();
    b.name = 'Cấp Phiếu lý lịch tư pháp số 1';
    b.cases[0]!.legalTime = { amount: 5, unit: 'WORKING_DAY' };
    b.checklist = [{ id: 'moi', name: 'Ảnh', originals: 2, copies: 0, required: false }, ...b.checklist];
    b.checklist[2]!.copies = 2;
    b.channels = b.channels.filter((c) => c.channel !== 'ONLINE_FULL');
    b.coordinatingAgencyKeys = [];
    const changes = diffProcedures(a, b);
    expect(changes).toEqual([
      { path: 'name', before: 'Cấp Phiếu lý lịch tư pháp', after: 'Cấp Phiếu lý lịch tư pháp số 1' },
      { path: 'coordinatingAgencyKeys', before: ['cong-an'], after: [] },
      { path: 'cases[3.000333.01].legalTime.amount', before: 3, after: 5 },
      { path: 'channels[ONLINE_FULL]', before: a.channels[1], after: undefined },
      { path: 'checklist[cccd].copies', before: 1, after: 2 },
      { path: 'checklist[moi]', before: undefined, after: b.checklist[0] },
    ]);
  });

  it('finds no change between equal versions', () => {
    expect(diffProcedures(sample(), sample())).toEqual([]);
  });

  it('reports an optional field that appears', () => {
    const b = sample();
    b.notes = ['Ghi chú'];
    expect(diffProcedures(sample(), b)).toEqual([{ path: 'notes', before: undefined, after: ['Ghi chú'] }]);
  });
});

describe('hasEstimatedValues', () => {
  it('sees E alone and inside a combined tag', () => {
    expect(hasEstimatedValues({ sources: { code: 'S', time: 'S', fee: 'D-rec+E', docs: 'S' } })).toBe(true);
    expect(hasEstimatedValues({ sources: { code: 'S', time: 'S*', fee: 'D-rec', docs: 'D' } })).toBe(false);
  });
});
