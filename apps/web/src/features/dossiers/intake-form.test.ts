import { createDossierBodySchema, type ProcedureDetail } from '@mot-cua/contracts';
import { describe, expect, it } from 'vitest';
import {
  buildIntakeBody,
  type ChecklistItem,
  documentsForCase,
  initialDocumentRows,
  type IntakeFormValues,
  intakeFormKind,
  missingRequired,
  supplementItemsFor,
} from './intake-form';

// Procedure 3.000333 (Phiếu lý lịch tư pháp) as the catalog serves it, with a case-specific paper added.
const documents: ChecklistItem[] = [
  { id: 'to-khai', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', required: true, originals: 1, copies: 0 },
  { id: 'ban-sao-giay-to-tuy-than', name: 'Bản sao thẻ Căn cước công dân', required: true, originals: 0, copies: 1 },
  { id: 'giay-to-cu-tru', name: 'Bản sao giấy tờ chứng minh nơi cư trú', required: true, originals: 0, copies: 1 },
  { id: 'van-ban-uy-quyen', name: 'Văn bản ủy quyền', required: false, originals: 1, copies: 0 },
  {
    id: 'giay-xac-minh',
    name: 'Giấy tờ về thời gian cư trú ở nước ngoài',
    required: false,
    originals: 0,
    copies: 1,
    caseCodes: ['3.000333.02'],
  },
];
const procedure: Pick<ProcedureDetail, 'code' | 'cases' | 'documents'> = {
  code: '3.000333',
  cases: [
    {
      code: '3.000333.01',
      name: 'Thông thường',
      legalTime: { amount: 10, unit: 'WORKING_DAY', label: '10 ngày' },
      steps: [],
    },
    {
      code: '3.000333.02',
      name: 'Phải xác minh',
      legalTime: { amount: 15, unit: 'WORKING_DAY', label: '15 ngày' },
      steps: [],
    },
  ],
  documents,
};

const values = (overrides: Partial<IntakeFormValues> = {}): IntakeFormValues => ({
  caseCode: '3.000333.01',
  channel: 'IN_PERSON',
  applicant: {
    fullName: '  Nguyễn Thị Lan ',
    idNumber: '030190012345',
    phone: '0912 345 678',
    email: '',
    address: 'Số 12 Quang Trung, TP Hải Dương',
  },
  documents: {
    ...initialDocumentRows(documents, true),
    'van-ban-uy-quyen': { received: false, originals: 1, copies: 0 },
  },
  sets: 1,
  resultDelivery: 'COUNTER',
  ...overrides,
});

describe('checklist of the chosen case', () => {
  it('keeps the papers of every case and those of the chosen case', () => {
    expect(documentsForCase(procedure, '3.000333.01').map((d) => d.id)).not.toContain('giay-xac-minh');
    expect(documentsForCase(procedure, '3.000333.02').map((d) => d.id)).toContain('giay-xac-minh');
  });

  it('pre-fills the numbers from the catalog, nothing ticked', () => {
    expect(initialDocumentRows(documents.slice(0, 2))).toEqual({
      'to-khai': { received: false, originals: 1, copies: 0 },
      'ban-sao-giay-to-tuy-than': { received: false, originals: 0, copies: 1 },
    });
  });

  it('finds the required papers not ticked, or ticked with no paper at all', () => {
    const rows = {
      ...initialDocumentRows(documents),
      'to-khai': { received: true, originals: 1, copies: 0 },
      'ban-sao-giay-to-tuy-than': { received: true, originals: 0, copies: 0 },
    };
    expect(missingRequired(documents, rows).map((d) => d.id)).toEqual(['ban-sao-giay-to-tuy-than', 'giay-to-cu-tru']);
    expect(missingRequired(documents, undefined)).toHaveLength(3);
  });

  it('takes the catalog’s numbers for rows that hold only the tick (online), and a cleared number as 0', () => {
    const ticks = { 'to-khai': { received: true }, 'ban-sao-giay-to-tuy-than': { received: true } };
    expect(missingRequired(documents, ticks).map((d) => d.id)).toEqual(['giay-to-cu-tru']);
    expect(buildIntakeBody(procedure, values({ documents: ticks })).documents).toEqual([
      { checklistItemId: 'to-khai', originals: 1, copies: 0 },
      { checklistItemId: 'ban-sao-giay-to-tuy-than', originals: 0, copies: 1 },
    ]);
    const cleared = { 'to-khai': { received: true, originals: null as unknown as number, copies: 0 } };
    expect(missingRequired(documents, cleared).map((d) => d.id)).toContain('to-khai');
  });

  it('pre-fills Form 02 with one line per missing paper', () => {
    expect(supplementItemsFor(documents.slice(1, 3), 'Chưa có')).toEqual([
      { name: 'Bản sao thẻ Căn cước công dân', reason: 'Chưa có' },
      { name: 'Bản sao giấy tờ chứng minh nơi cư trú', reason: 'Chưa có' },
    ]);
  });
});

describe('buildIntakeBody', () => {
  it('sends the ticked papers of the case, the trimmed applicant without an empty email, and the decision', () => {
    const body = buildIntakeBody(procedure, values(), { type: 'RECEIVE' });
    expect(body).toEqual({
      procedureCode: '3.000333',
      caseCode: '3.000333.01',
      channel: 'IN_PERSON',
      applicant: {
        fullName: 'Nguyễn Thị Lan',
        idNumber: '030190012345',
        phone: '0912 345 678',
        address: 'Số 12 Quang Trung, TP Hải Dương',
      },
      documents: [
        { checklistItemId: 'to-khai', originals: 1, copies: 0 },
        { checklistItemId: 'ban-sao-giay-to-tuy-than', originals: 0, copies: 1 },
        { checklistItemId: 'giay-to-cu-tru', originals: 0, copies: 1 },
      ],
      sets: 1,
      resultDelivery: 'COUNTER',
      intakeDecision: { type: 'RECEIVE' },
    });
    // What the server will accept.
    expect(createDossierBodySchema.safeParse(body).success).toBe(true);
  });

  it('carries Form 02 items and a refusal reason as the contract wants them', () => {
    const returned = buildIntakeBody(procedure, values(), {
      type: 'RETURN_FOR_COMPLETION',
      items: [{ name: 'Bản sao CCCD', reason: 'Chưa có' }],
    });
    expect(createDossierBodySchema.safeParse(returned).success).toBe(true);
    const refused = buildIntakeBody(procedure, values(), { type: 'REFUSE', reason: 'Không thuộc thẩm quyền' });
    expect(refused.intakeDecision).toEqual({ type: 'REFUSE', reason: 'Không thuộc thẩm quyền' });
  });

  it('sends an online submission without a decision, and the note and email when given', () => {
    const body = buildIntakeBody(
      procedure,
      values({
        channel: 'ONLINE',
        resultDelivery: 'ONLINE',
        note: ' gọi trước khi đến ',
        applicant: { ...values().applicant, email: 'lan@example.vn' },
      }),
      { type: 'RECEIVE' },
    );
    expect(body.intakeDecision).toBeUndefined();
    expect(body.note).toBe('gọi trước khi đến');
    expect(body.applicant.email).toBe('lan@example.vn');
  });

  it('leaves the case out when the procedure has only one', () => {
    const single = { ...procedure, cases: [procedure.cases[0]!] };
    expect(buildIntakeBody(single, values()).caseCode).toBeUndefined();
  });
});

describe('intakeFormKind', () => {
  it('prints Form 01, 02 or 03 after the intake', () => {
    expect(intakeFormKind('RECEIVED')).toBe('receipt');
    expect(intakeFormKind('INTAKE_NEEDS_SUPPLEMENT')).toBe('supplement-request');
    expect(intakeFormKind('REJECTED_AT_INTAKE')).toBe('refusal');
    expect(intakeFormKind('SUBMITTED_ONLINE')).toBeNull();
  });
});
