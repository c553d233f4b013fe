import type { ProcedureFile } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import {
  checklistIdFrom,
  emptyProcedure,
  newCase,
  newChannel,
  newStep,
  nextCaseCode,
  recodeCases,
  toFormValues,
  toProcedureFile,
} from './procedure-form';

/** The example of docs/catalog-import.md, with a coordinating agency step and a fee set by the council. */
const birth: ProcedureFile = {
  code: '1.001193',
  localCode: '1.001193.000.00.00.H26',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'COMMUNE',
  decidingAgencyCode: '000.00.20.H26',
  receivingAgencyCode: '000.00.20.H26',
  coordinatingAgencyCodes: ['000.00.18.H26'],
  decidingBodyNote: 'Ủy ban nhân dân cấp xã',
  ruleSet: '2018',
  effectiveFrom: '2019-03-01',
  effectiveTo: null,
  cases: [
    {
      code: '1.001193.01',
      name: 'Đăng ký khai sinh',
      legalTime: { amount: 1, unit: 'WORKING_DAY' },
      steps: [
        {
          order: 1,
          name: 'Tiếp nhận',
          role: 'RECEPTION_OFFICER',
          agency: 'RECEIVING',
          duration: { amount: 1, unit: 'WORKING_HOUR' },
        },
        {
          order: 2,
          name: 'Xác minh',
          role: 'SPECIALIST',
          agency: { code: '000.00.18.H26' },
          duration: { amount: 6, unit: 'WORKING_HOUR' },
        },
        {
          order: 3,
          name: 'Ký',
          role: 'AGENCY_LEADER',
          agency: 'DECIDING',
          duration: { amount: 1, unit: 'WORKING_HOUR' },
        },
      ],
      note: 'Trả ngay trong ngày',
    },
    {
      code: '1.001193.02',
      name: 'Trong ngày',
      legalTime: { amount: 1, unit: 'SAME_DAY' },
      sameDayCutoff: '15:00',
      steps: [
        {
          order: 1,
          name: 'Làm ngay',
          role: 'SPECIALIST',
          agency: 'DECIDING',
          duration: { amount: 8, unit: 'WORKING_HOUR' },
        },
      ],
    },
  ],
  channels: [
    {
      channel: 'IN_PERSON',
      fees: [
        { name: 'Lệ phí', amountVnd: 0, basis: 'Luật Hộ tịch, Điều 11' },
        {
          name: 'Phí sao',
          amountVnd: null,
          basis: 'Theo Nghị quyết của HĐND tỉnh',
          perUnit: 'bản',
          caseCode: '1.001193.02',
          note: 'x',
        },
      ],
    },
    { channel: 'ONLINE_FULL', fees: [], time: { amount: 2, unit: 'WORKING_DAY' }, note: 'Qua Cổng' },
  ],
  checklist: [
    {
      id: 'to-khai',
      name: 'Tờ khai',
      originals: 1,
      copies: 0,
      required: true,
      formTemplate: 'Mẫu TT 04/2020',
      eForm: true,
    },
    { id: 'uy-quyen', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: false, caseCodes: ['1.001193.01'] },
  ],
  results: [{ name: 'Giấy khai sinh', electronic: true }, { name: 'Bản sao' }],
  legalBases: [{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }],
  receivedAtCenter: false,
  processedWhollyAtCenter: false,
  interAgency: true,
  sources: { code: 'S', time: 'D', fee: 'S', docs: 'E' },
  relatedCodes: [{ code: '2.000635', note: 'Bản sao' }],
  seedRow: 12,
  seedSrc: 'S/D/S/E',
  notes: ['Ghi chú một', 'Ghi chú hai'],
};

describe('form values ↔ exchange format', () => {
  it('gives back the same procedure when nothing was edited', () => {
    expect(toProcedureFile(toFormValues(birth), birth)).toEqual(birth);
  });

  it('keeps an empty notes list, and leaves out blank optional texts', () => {
    const values = toFormValues({ ...birth, notes: [] });
    expect(toProcedureFile(values, { ...birth, notes: [] }).notes).toEqual([]);
    values.localCode = '  ';
    values.decidingBodyNote = '';
    values.cases[0]!.note = ' ';
    const file = toProcedureFile(values, birth);
    expect(file).not.toHaveProperty('localCode');
    expect(file).not.toHaveProperty('decidingBodyNote');
    expect(file.cases[0]).not.toHaveProperty('note');
  });

  it('reads a step agency by reference or by code, and numbers steps in list order', () => {
    const values = toFormValues(birth);
    expect(values.cases[0]!.steps.map((s) => s.agency)).toEqual(['RECEIVING', '000.00.18.H26', 'DECIDING']);
    values.cases[0]!.steps.reverse();
    const steps = toProcedureFile(values, birth).cases[0]!.steps;
    expect(steps.map((s) => [s.order, s.agency])).toEqual([
      [1, 'DECIDING'],
      [2, { code: '000.00.18.H26' }],
      [3, 'RECEIVING'],
    ]);
  });

  it('writes notes one per line, trims texts, and an empty amount as 0 (the rules then name it)', () => {
    const values = toFormValues(birth);
    values.notes = ' Một \n\n Hai ';
    values.name = '  Đăng ký khai sinh  ';
    values.cases[0]!.steps[0]!.duration.amount = null;
    const file = toProcedureFile(values, birth);
    expect(file.notes).toEqual(['Một', 'Hai']);
    expect(file.name).toBe('Đăng ký khai sinh');
    expect(file.cases[0]!.steps[0]!.duration).toEqual({ amount: 0, unit: 'WORKING_HOUR' });
  });

  it('gives a channel a time of its own only when its amount is filled in', () => {
    const values = toFormValues(birth);
    expect(values.channels[0]!.time).toEqual({ amount: null, unit: 'WORKING_DAY' });
    values.channels[1]!.time = { amount: null, unit: 'WORKING_DAY' };
    expect(toProcedureFile(values, birth).channels[1]).not.toHaveProperty('time');
  });

  it('keeps the fields the editor does not show from the version edited', () => {
    const file = toProcedureFile(toFormValues(birth), birth);
    expect(file.sources).toEqual(birth.sources);
    expect(file.relatedCodes).toEqual(birth.relatedCodes);
    expect(file.seedRow).toBe(12);
    const fresh = toProcedureFile(toFormValues(birth));
    expect(fresh.sources).toEqual({ code: 'S', time: 'S', fee: 'S', docs: 'S' });
    expect(fresh).not.toHaveProperty('seedRow');
  });

  it('drops the cut-off of a case that is no longer "trong ngày"', () => {
    const values = toFormValues(birth);
    values.cases[1]!.legalTime = { amount: 2, unit: 'WORKING_DAY' };
    expect(toProcedureFile(values, birth).cases[1]).not.toHaveProperty('sameDayCutoff');
  });
});

describe('building blocks', () => {
  it('starts a new procedure with one case, the reception step and the in-person channel', () => {
    const empty = emptyProcedure('2026-11-27', '000.01.01.H26');
    expect(empty).toMatchObject({
      receivingAgencyCode: '000.01.01.H26',
      effectiveFrom: '2026-11-27',
      ruleSet: '2025',
      receivedAtCenter: true,
      channels: [{ channel: 'IN_PERSON', fees: [] }],
    });
    expect(empty.cases[0]!.steps[0]).toMatchObject({ role: 'RECEPTION_OFFICER', agency: 'RECEIVING' });
  });

  it('numbers cases after the procedure code', () => {
    expect(nextCaseCode('1.999001', [])).toBe('1.999001.01');
    expect(nextCaseCode('1.999001', ['1.999001.01', '1.999001.03'])).toBe('1.999001.02');
    expect(newCase('1.999001', ['1.999001.01']).code).toBe('1.999001.02');
  });

  it('moves case codes with the procedure code, keeping other codes', () => {
    const cases = [{ code: '1.000001.01' }, { code: '1.000001.02' }, { code: 'ABC' }, { code: '' }];
    expect(recodeCases(cases, '1.000001', '1.999001').map((c) => c.code)).toEqual([
      '1.999001.01',
      '1.999001.02',
      'ABC',
      '1.999001.01',
    ]);
    // Typing the code character by character keeps the case codes in step.
    let current = [{ code: '' }];
    let previous = '';
    for (const typed of ['1', '1.', '1.9', '1.99']) {
      current = recodeCases(current, previous, typed);
      previous = typed;
    }
    expect(current[0]!.code).toBe('1.99.01');
  });

  it('proposes the next step by the one before it', () => {
    expect(newStep()).toMatchObject({ role: 'RECEPTION_OFFICER', agency: 'RECEIVING' });
    const next = newStep({
      name: 'x',
      role: 'RECEPTION_OFFICER',
      agency: 'RECEIVING',
      duration: { amount: 2, unit: 'WORKING_HOUR' },
    });
    expect(next).toMatchObject({
      role: 'SPECIALIST',
      agency: 'DECIDING',
      duration: { amount: null, unit: 'WORKING_HOUR' },
    });
  });

  it('offers channels not used yet, never both online kinds', () => {
    expect(newChannel(['IN_PERSON'])?.channel).toBe('POSTAL');
    expect(newChannel(['IN_PERSON', 'POSTAL'])?.channel).toBe('ONLINE_FULL');
    expect(newChannel(['IN_PERSON', 'POSTAL', 'ONLINE_PARTIAL'])).toBeUndefined();
  });

  it('makes a checklist id from a Vietnamese name, unique in the procedure', () => {
    expect(checklistIdFrom('Tờ khai đăng ký khai sinh', [])).toBe('to-khai-dang-ky-khai-sinh');
    expect(checklistIdFrom('Tờ khai', ['to-khai'])).toBe('to-khai-2');
    expect(checklistIdFrom('!!!', [])).toBe('thanh-phan');
  });
});
