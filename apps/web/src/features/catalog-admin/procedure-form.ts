import type { ChannelFile, ProcedureFile, Role } from '@mot-cua/contracts';
import type { DurationInput, DurationUnit } from './step-sum';

/**
 * The procedure editor works on `ProcedureFormValues`, a form-friendly mirror of the exchange format
 * (`ProcedureFile`, docs/catalog-import.md): the same field names, so that a server issue path such as
 * `cases[0].steps[1].name` names a form field, with the few shapes a form needs instead (a step's agency as one
 * select value, notes as lines of text, amounts that may be empty while typing). Pure conversions both ways.
 */

export type StepAgencyRef = 'DECIDING' | 'RECEIVING' | 'COORDINATING';
export const STEP_AGENCY_REFS: readonly StepAgencyRef[] = ['DECIDING', 'RECEIVING', 'COORDINATING'];

export const CHANNELS: readonly ChannelFile[] = ['IN_PERSON', 'POSTAL', 'ONLINE_FULL', 'ONLINE_PARTIAL'];
export const DURATION_UNITS: readonly DurationUnit[] = ['WORKING_DAY', 'WORKING_HOUR', 'CALENDAR_DAY', 'SAME_DAY'];
/** Units a step may take (never "trong ngày"). */
export const STEP_UNITS: readonly DurationUnit[] = ['WORKING_DAY', 'WORKING_HOUR', 'CALENDAR_DAY'];
/** Roles that perform steps of a process, in the order they usually come. */
export const STEP_ROLES: readonly Role[] = [
  'RECEPTION_OFFICER',
  'SPECIALIST',
  'AGENCY_LEADER',
  'CLERK',
  'CENTER_LEADER',
];

export interface StepValues {
  name: string;
  role: Role;
  /** DECIDING, RECEIVING, COORDINATING, or an agency identifier code. */
  agency: string;
  duration: DurationInput;
}

export interface CaseValues {
  code: string;
  name: string;
  legalTime: DurationInput;
  sameDayCutoff?: string;
  note?: string;
  steps: StepValues[];
}

export interface FeeValues {
  name: string;
  /** Empty: set by the provincial council's resolution. */
  amountVnd: number | null;
  basis: string;
  perUnit?: string;
  caseCode?: string;
  note?: string;
}

export interface ChannelValues {
  channel: ChannelFile;
  /** A time of its own; an empty amount means the cases' legal times apply. */
  time: DurationInput;
  note?: string;
  fees: FeeValues[];
}

export interface ChecklistValues {
  id: string;
  name: string;
  originals: number | null;
  copies: number | null;
  required: boolean;
  formTemplate?: string;
  eForm: boolean;
  caseCodes: string[];
  note?: string;
}

export interface ProcedureFormValues {
  code: string;
  localCode?: string;
  name: string;
  field: string;
  level: ProcedureFile['level'];
  decidingAgencyCode: string;
  receivingAgencyCode: string;
  coordinatingAgencyCodes: string[];
  decidingBodyNote?: string;
  ruleSet: ProcedureFile['ruleSet'];
  /** `YYYY-MM-DD`; the date pickers convert. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  receivedAtCenter: boolean;
  processedWhollyAtCenter: boolean;
  interAgency: boolean;
  /** One note per line. */
  notes: string;
  cases: CaseValues[];
  channels: ChannelValues[];
  checklist: ChecklistValues[];
  results: { name: string; electronic: boolean }[];
  legalBases: { code: string; name: string }[];
}

const DEFAULT_SOURCES: ProcedureFile['sources'] = { code: 'S', time: 'S', fee: 'S', docs: 'S' };

/** A new procedure: one case with the reception step, received in person at the center. */
export function emptyProcedure(today: string, receivingAgencyCode = ''): ProcedureFile {
  return {
    code: '',
    name: '',
    field: '',
    level: 'PROVINCE',
    decidingAgencyCode: '',
    receivingAgencyCode,
    coordinatingAgencyCodes: [],
    ruleSet: '2025',
    effectiveFrom: today,
    effectiveTo: null,
    cases: [
      {
        code: '',
        name: '',
        legalTime: { amount: 1, unit: 'WORKING_DAY' },
        steps: [
          {
            order: 1,
            name: '',
            role: 'RECEPTION_OFFICER',
            agency: 'RECEIVING',
            duration: { amount: 1, unit: 'WORKING_DAY' },
          },
        ],
      },
    ],
    channels: [{ channel: 'IN_PERSON', fees: [] }],
    checklist: [],
    results: [],
    legalBases: [],
    receivedAtCenter: true,
    processedWhollyAtCenter: false,
    interAgency: false,
    sources: DEFAULT_SOURCES,
  };
}

const orEmpty = (value: string | undefined) => value ?? '';

export function toFormValues(p: ProcedureFile): ProcedureFormValues {
  return {
    code: p.code,
    localCode: orEmpty(p.localCode),
    name: p.name,
    field: p.field,
    level: p.level,
    decidingAgencyCode: p.decidingAgencyCode,
    receivingAgencyCode: p.receivingAgencyCode,
    coordinatingAgencyCodes: [...p.coordinatingAgencyCodes],
    decidingBodyNote: orEmpty(p.decidingBodyNote),
    ruleSet: p.ruleSet,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    receivedAtCenter: p.receivedAtCenter,
    processedWhollyAtCenter: p.processedWhollyAtCenter,
    interAgency: p.interAgency,
    notes: (p.notes ?? []).join('\n'),
    cases: p.cases.map((c) => ({
      code: c.code,
      name: c.name,
      legalTime: { ...c.legalTime },
      sameDayCutoff: orEmpty(c.sameDayCutoff),
      note: orEmpty(c.note),
      steps: c.steps.map((s) => ({
        name: s.name,
        role: s.role,
        agency: typeof s.agency === 'string' ? s.agency : s.agency.code,
        duration: { ...s.duration },
      })),
    })),
    channels: p.channels.map((ch) => ({
      channel: ch.channel,
      time: ch.time ? { ...ch.time } : { amount: null, unit: 'WORKING_DAY' },
      note: orEmpty(ch.note),
      fees: ch.fees.map((f) => ({
        name: f.name,
        amountVnd: f.amountVnd,
        basis: f.basis,
        perUnit: orEmpty(f.perUnit),
        caseCode: f.caseCode,
        note: orEmpty(f.note),
      })),
    })),
    checklist: p.checklist.map((item) => ({
      id: item.id,
      name: item.name,
      originals: item.originals,
      copies: item.copies,
      required: item.required,
      formTemplate: orEmpty(item.formTemplate),
      eForm: item.eForm ?? false,
      caseCodes: [...(item.caseCodes ?? [])],
      note: orEmpty(item.note),
    })),
    results: p.results.map((r) => ({ name: r.name, electronic: r.electronic ?? false })),
    legalBases: p.legalBases.map((l) => ({ code: l.code, name: l.name })),
  };
}

const trimmed = (value: string | null | undefined) => (value ?? '').trim();
/** An optional text: present only when not blank. */
const optional = <K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } =>
  (trimmed(value) ? { [key]: trimmed(value) } : {}) as { [P in K]?: string };
const amountOf = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;
const durationOf = (d: DurationInput | undefined, fallback: DurationUnit = 'WORKING_DAY') => ({
  amount: amountOf(d?.amount),
  unit: d?.unit ?? fallback,
});
const countOf = (value: number | null | undefined) => Math.max(0, Math.round(amountOf(value)));

function stepAgency(value: string): ProcedureFile['cases'][number]['steps'][number]['agency'] {
  return (STEP_AGENCY_REFS as readonly string[]).includes(value) ? (value as StepAgencyRef) : { code: trimmed(value) };
}

/**
 * The exchange format the server takes (PUT draft, POST create). Blank optional texts are left out; step
 * orders follow the list; fields the editor does not show (related codes, source tags, seed references) are
 * kept from `base`, the version being edited. Empty amounts become 0 so that a draft is still saved and the
 * catalog rules name the field.
 */
export function toProcedureFile(v: ProcedureFormValues, base?: ProcedureFile): ProcedureFile {
  const notes = (v.notes ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    code: trimmed(v.code),
    ...optional('localCode', v.localCode),
    ...(base?.relatedCodes ? { relatedCodes: base.relatedCodes } : {}),
    name: trimmed(v.name),
    field: trimmed(v.field),
    level: v.level,
    decidingAgencyCode: trimmed(v.decidingAgencyCode),
    receivingAgencyCode: trimmed(v.receivingAgencyCode),
    coordinatingAgencyCodes: (v.coordinatingAgencyCodes ?? []).map(trimmed).filter(Boolean),
    ...optional('decidingBodyNote', v.decidingBodyNote),
    ruleSet: v.ruleSet,
    effectiveFrom: v.effectiveFrom ?? '',
    effectiveTo: v.effectiveTo || null,
    cases: (v.cases ?? []).map((c) => ({
      code: trimmed(c.code),
      name: trimmed(c.name),
      legalTime: c.legalTime?.unit === 'SAME_DAY' ? { amount: 1, unit: 'SAME_DAY' } : durationOf(c.legalTime),
      ...optional('sameDayCutoff', c.legalTime?.unit === 'SAME_DAY' ? c.sameDayCutoff : undefined),
      steps: (c.steps ?? []).map((s, i) => ({
        order: i + 1,
        name: trimmed(s.name),
        role: s.role,
        agency: stepAgency(s.agency ?? ''),
        duration: durationOf(s.duration),
      })),
      ...optional('note', c.note),
    })),
    channels: (v.channels ?? []).map((ch) => ({
      channel: ch.channel,
      fees: (ch.fees ?? []).map((f) => ({
        name: trimmed(f.name),
        amountVnd: typeof f.amountVnd === 'number' && Number.isFinite(f.amountVnd) ? Math.round(f.amountVnd) : null,
        basis: trimmed(f.basis),
        ...optional('perUnit', f.perUnit),
        ...optional('caseCode', f.caseCode),
        ...optional('note', f.note),
      })),
      ...(typeof ch.time?.amount === 'number' && ch.time.unit
        ? { time: { amount: ch.time.amount, unit: ch.time.unit } }
        : {}),
      ...optional('note', ch.note),
    })),
    checklist: (v.checklist ?? []).map((item) => ({
      id: trimmed(item.id),
      name: trimmed(item.name),
      originals: countOf(item.originals),
      copies: countOf(item.copies),
      required: Boolean(item.required),
      ...optional('formTemplate', item.formTemplate),
      ...(item.eForm ? { eForm: true } : {}),
      ...(item.caseCodes?.length ? { caseCodes: [...item.caseCodes] } : {}),
      ...optional('note', item.note),
    })),
    results: (v.results ?? []).map((r) => ({ name: trimmed(r.name), ...(r.electronic ? { electronic: true } : {}) })),
    legalBases: (v.legalBases ?? []).map((l) => ({ code: trimmed(l.code), name: trimmed(l.name) })),
    receivedAtCenter: Boolean(v.receivedAtCenter),
    processedWhollyAtCenter: Boolean(v.processedWhollyAtCenter),
    interAgency: Boolean(v.interAgency),
    sources: base?.sources ?? DEFAULT_SOURCES,
    ...(base?.seedRow !== undefined ? { seedRow: base.seedRow } : {}),
    ...(base?.seedSrc !== undefined ? { seedSrc: base.seedSrc } : {}),
    ...(notes.length > 0 || base?.notes !== undefined ? { notes } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks the editor adds
// ---------------------------------------------------------------------------------------------------------------

/** The next free case code: the procedure code plus `.01`, `.02`… */
export function nextCaseCode(procedureCode: string, existing: readonly string[]): string {
  const taken = new Set(existing);
  for (let n = 1; n < 100; n++) {
    const code = `${procedureCode.trim()}.${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
  return '';
}

/** Case codes follow a change of the procedure code (`1.000001.01` → `1.999001.01`); other codes are kept. */
export function recodeCases<C extends { code: string }>(cases: readonly C[], oldCode: string, newCode: string): C[] {
  const prefix = `${oldCode.trim()}.`;
  return cases.map((c) =>
    !c.code.trim() || (oldCode.trim() && c.code.startsWith(prefix) && /^\d{2}$/.test(c.code.slice(prefix.length)))
      ? { ...c, code: `${newCode.trim()}.${c.code.trim() ? c.code.slice(prefix.length) : '01'}` }
      : c,
  );
}

export function newStep(previous?: StepValues): StepValues {
  return {
    name: '',
    role: previous ? 'SPECIALIST' : 'RECEPTION_OFFICER',
    agency: previous ? 'DECIDING' : 'RECEIVING',
    duration: { amount: null, unit: previous?.duration.unit ?? 'WORKING_DAY' },
  };
}

export function newCase(procedureCode: string, existing: readonly string[]): CaseValues {
  return {
    code: nextCaseCode(procedureCode, existing),
    name: '',
    legalTime: { amount: null, unit: 'WORKING_DAY' },
    sameDayCutoff: '',
    note: '',
    steps: [newStep()],
  };
}

/** A channel not offered yet (in person, post, online), or undefined when all are. */
export function newChannel(existing: readonly ChannelFile[]): ChannelValues | undefined {
  const online = existing.includes('ONLINE_FULL') || existing.includes('ONLINE_PARTIAL');
  const channel = CHANNELS.find(
    (c) => !existing.includes(c) && !(online && (c === 'ONLINE_FULL' || c === 'ONLINE_PARTIAL')),
  );
  return channel ? { channel, time: { amount: null, unit: 'WORKING_DAY' }, note: '', fees: [] } : undefined;
}

export function newFee(): FeeValues {
  return { name: '', amountVnd: null, basis: '', perUnit: '', note: '' };
}

/** A checklist id from its name: lower case, no diacritics, words joined by `-` ("Tờ khai" → `to-khai`). */
export function checklistIdFrom(name: string, existing: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'thanh-phan';
  const taken = new Set(existing);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function newChecklistItem(): ChecklistValues {
  return {
    id: '',
    name: '',
    originals: 1,
    copies: 0,
    required: true,
    formTemplate: '',
    eForm: false,
    caseCodes: [],
    note: '',
  };
}
