import type { ProcedureFile, Role } from '@mot-cua/contracts';
import { isValidPlainDate, type PlainDate } from '../../platform/time';

/**
 * The procedure catalog (danh mục thủ tục hành chính): what a procedure is, and the pure rules a catalog entry must
 * satisfy before it is published or imported. No database, no clock: the known agencies come in as an argument.
 */

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

/** Submission channels (Decree 61/2018 Art 16; online levels of Decree 42/2022 Art 11). */
export const Channel = {
  IN_PERSON: 'IN_PERSON',
  POSTAL: 'POSTAL',
  /** Dịch vụ công trực tuyến toàn trình (formerly level 4). */
  ONLINE_FULL: 'ONLINE_FULL',
  /** Dịch vụ công trực tuyến một phần (formerly level 3): the result or originals still go through a counter. */
  ONLINE_PARTIAL: 'ONLINE_PARTIAL',
} as const;
export type Channel = (typeof Channel)[keyof typeof Channel];

export const CHANNEL_LABELS: Record<Channel, string> = {
  IN_PERSON: 'Trực tiếp',
  POSTAL: 'Bưu chính công ích',
  ONLINE_FULL: 'Trực tuyến toàn trình',
  ONLINE_PARTIAL: 'Trực tuyến một phần',
};

/** How a time limit is counted (shared/domain/rules.md §7.3). */
export const TimeUnit = {
  WORKING_DAY: 'WORKING_DAY',
  CALENDAR_DAY: 'CALENDAR_DAY',
  WORKING_HOUR: 'WORKING_HOUR',
  /** Returned the same working day (a cut-off such as 15:00 moves late receipts to the next day). */
  SAME_DAY: 'SAME_DAY',
} as const;
export type TimeUnit = (typeof TimeUnit)[keyof typeof TimeUnit];

/** A time limit. Decimals are allowed because the law uses half days (7.5, 8.5 working days). */
export interface Duration {
  amount: number;
  unit: TimeUnit;
}

/** The one-stop rule set a procedure version follows: Decree 61/2018 + Circular 01/2018, or Decree 118/2025 + Circular 03/2025. */
export type RuleSet = '2018' | '2025';

export type ProcedureStatus = 'DRAFT' | 'PUBLISHED' | 'SUSPENDED';

/** The administrative level whose body decides (cấp tỉnh / cấp huyện / cấp xã). */
export type ProcedureLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export const LEVEL_LABELS: Record<ProcedureLevel, string> = {
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
};

/**
 * Where a value came from, as tagged in shared/data/haiduong-reference.md: S sourced, S* secondary source,
 * D derived, D-rec read in a crawled national detail record, E estimated (a demo value to verify before real use).
 */
export type SourceTag = 'S' | 'S*' | 'D' | 'D-rec' | 'E';
/** One tag, or two when the reference mixes them (e.g. `D-rec+E`: one part read, one part estimated). */
export type SourceTagValue = SourceTag | `${SourceTag}+${SourceTag}`;

/** Source tags per field group, so the interface can say which values are demo values. */
export interface SourceTags {
  code: SourceTagValue;
  time: SourceTagValue;
  fee: SourceTagValue;
  docs: SourceTagValue;
}

// ---------------------------------------------------------------------------------------------------------------
// The procedure
// ---------------------------------------------------------------------------------------------------------------

/**
 * Who performs a step: the procedure's deciding, receiving or (single) coordinating agency, or a named agency.
 * References keep a process valid when an agency is succeeded (e.g. Sở KH&ĐT → Sở Tài chính on 01/03/2025).
 */
export type StepAgency = 'DECIDING' | 'RECEIVING' | 'COORDINATING' | { key: string };

/** One step of the internal process (quy trình nội bộ); its duration is the step limit of Circular 01 indicator 2. */
export interface ProcessStep {
  order: number;
  name: string;
  role: Role;
  agency: StepAgency;
  duration: Duration;
}

/** A processing case (trường hợp giải quyết) with its own legal time and internal process. */
export interface ProcedureCase {
  /** National case code: the procedure code plus `.01`, `.02`… */
  code: string;
  name: string;
  legalTime: Duration;
  /** For SAME_DAY cases: receipts after this local time (HH:MM) are due the next working day (e.g. 15:00). */
  sameDayCutoff?: string;
  steps: ProcessStep[];
  note?: string;
}

/** A fee or charge (phí, lệ phí). `amountVnd: null` means the amount is set elsewhere, e.g. by the provincial council. */
export interface FeeItem {
  name: string;
  amountVnd: number | null;
  /** The legal basis of the amount, e.g. "Thông tư số 47/2019/TT-BTC" or "Theo Nghị quyết của HĐND tỉnh". */
  basis: string;
  /** What one amount pays for: "bản", "trang", "hợp đồng"… */
  perUnit?: string;
  /** Restricts the item to one processing case. */
  caseCode?: string;
  note?: string;
}

/** A channel the procedure accepts, with its own fees and, where the law sets one, its own time. */
export interface ChannelOffer {
  channel: Channel;
  fees: FeeItem[];
  /** A channel-specific time limit; without it every case's legal time applies. */
  time?: Duration;
  note?: string;
}

/** One component of the dossier (thành phần hồ sơ). */
export interface ChecklistItem {
  /** Stable within the procedure: dossiers keep references to it across catalog versions. */
  id: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  /** The prescribed form the applicant fills (mẫu đơn, tờ khai); the file itself is attached by the service. */
  formTemplate?: string;
  /** An interactive e-form exists on the portal. */
  eForm?: boolean;
  /** Restricts the item to some processing cases. */
  caseCodes?: string[];
  note?: string;
}

export interface ResultType {
  name: string;
  /** The result is also issued as an electronic document. */
  electronic?: boolean;
}

export interface LegalBasis {
  /** Number and symbol, e.g. "60/2014/QH13". */
  code: string;
  name: string;
}

export interface Procedure {
  /** National code in the national TTHC database, e.g. 1.001193. */
  code: string;
  /** Code as published by the province: the national code plus the province's agency identifier. */
  localCode?: string;
  /** Other codes of the same procedure (another period or a province-specific variant). */
  relatedCodes?: { code: string; note: string }[];
  name: string;
  /** Lĩnh vực. */
  field: string;
  level: ProcedureLevel;
  decidingAgencyKey: string;
  receivingAgencyKey: string;
  coordinatingAgencyKeys: string[];
  /** When the deciding key stands in for a body the agency list lacks (e.g. a commune's People's Committee). */
  decidingBodyNote?: string;
  ruleSet: RuleSet;
  status: ProcedureStatus;
  effectiveFrom: PlainDate;
  effectiveTo: PlainDate | null;
  cases: ProcedureCase[];
  channels: ChannelOffer[];
  checklist: ChecklistItem[];
  results: ResultType[];
  legalBases: LegalBasis[];
  /** Received at the provincial Public Administration Service Center (rather than a district or commune desk). */
  receivedAtCenter: boolean;
  /** Received, decided and returned at the center (shared/domain/rules.md §3; Circular 01 indicator 5). */
  processedWhollyAtCenter: boolean;
  /** Một cửa liên thông: other agencies take part. */
  interAgency: boolean;
  sources: SourceTags;
  /** The row of the draft seed table (haiduong-reference.md §6) this entry comes from. */
  seedRow?: number;
  /** The row's Src column verbatim (code / time / fee / docs). */
  seedSrc?: string;
  notes?: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------------------------------

/**
 * A working day counts 8 working hours: Hải Dương's summer and winter office hours are both 8 h a day, and
 * QĐ 188/1999/QĐ-TTg sets a 40-hour, 5-day week. A SAME_DAY limit gives the internal process one working day.
 */
export const WORKING_HOURS_PER_DAY = 8;

type Scale = 'WORKING' | 'CALENDAR';

/** A duration on a comparable integer scale: working minutes, or calendar minutes. */
function measure(d: Duration): { scale: Scale; minutes: number } {
  switch (d.unit) {
    case 'WORKING_DAY':
      return { scale: 'WORKING', minutes: Math.round(d.amount * WORKING_HOURS_PER_DAY * 60) };
    case 'WORKING_HOUR':
      return { scale: 'WORKING', minutes: Math.round(d.amount * 60) };
    case 'SAME_DAY':
      return { scale: 'WORKING', minutes: WORKING_HOURS_PER_DAY * 60 };
    case 'CALENDAR_DAY':
      return { scale: 'CALENDAR', minutes: Math.round(d.amount * 24 * 60) };
  }
}

/** Vietnamese number: decimal comma, at most 3 decimals, no trailing zeros (7,5). */
export function formatAmount(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return String(rounded).replace('.', ',');
}

/** "10 ngày làm việc", "20 ngày", "2 giờ làm việc", "trong ngày". */
export function formatDuration(d: Duration): string {
  switch (d.unit) {
    case 'WORKING_DAY':
      return `${formatAmount(d.amount)} ngày làm việc`;
    case 'CALENDAR_DAY':
      return `${formatAmount(d.amount)} ngày`;
    case 'WORKING_HOUR':
      return `${formatAmount(d.amount)} giờ làm việc`;
    case 'SAME_DAY':
      return 'trong ngày';
  }
}

/** The unit in which a sum is compared with a legal time (SAME_DAY sums are shown in hours). */
function sumUnit(legal: TimeUnit): TimeUnit {
  return legal === 'SAME_DAY' ? 'WORKING_HOUR' : legal;
}

function fromMinutes(minutes: number, unit: TimeUnit): Duration {
  switch (unit) {
    case 'WORKING_DAY':
      return { amount: minutes / (WORKING_HOURS_PER_DAY * 60), unit };
    case 'WORKING_HOUR':
    case 'SAME_DAY':
      return { amount: minutes / 60, unit: 'WORKING_HOUR' };
    case 'CALENDAR_DAY':
      return { amount: minutes / (24 * 60), unit };
  }
}

export function isValidDuration(d: Duration): boolean {
  if (!Number.isFinite(d.amount) || d.amount <= 0) return false;
  if (d.unit === 'SAME_DAY') return d.amount === 1;
  return true;
}

export type StepSumResult =
  | { ok: true; total: Duration }
  | { ok: false; reason: 'UNIT'; stepIndex: number }
  | { ok: false; reason: 'MISMATCH'; total: Duration; legal: Duration; difference: Duration };

/**
 * Do the steps of a case add up exactly to its legal time? Working days and working hours mix (8 h a day);
 * calendar days mix only with calendar days. `difference` is signed: negative when the steps fall short.
 * Exact equality, not "at most" (rules.md R8 reads Σ ≤ total): issue 4 asks for it, and a slack day belongs to
 * no unit, so indicator 2 could not score it.
 */
export function checkStepDurations(c: Pick<ProcedureCase, 'legalTime' | 'steps'>): StepSumResult {
  const legal = measure(c.legalTime);
  let sum = 0;
  for (const [i, step] of c.steps.entries()) {
    const m = measure(step.duration);
    if (m.scale !== legal.scale || step.duration.unit === 'SAME_DAY')
      return { ok: false, reason: 'UNIT', stepIndex: i };
    sum += m.minutes;
  }
  const unit = sumUnit(c.legalTime.unit);
  const total = fromMinutes(sum, unit);
  if (sum === legal.minutes) return { ok: true, total };
  return {
    ok: false,
    reason: 'MISMATCH',
    total,
    legal: c.legalTime,
    difference: fromMinutes(sum - legal.minutes, unit),
  };
}

function legalLabel(d: Duration): string {
  return d.unit === 'SAME_DAY' ? `trong ngày (${WORKING_HOURS_PER_DAY} giờ làm việc)` : formatDuration(d);
}

/** "Tổng thời gian các bước 9 ngày làm việc, thời hạn luật định 10 ngày làm việc: thiếu 1 ngày". */
export function stepSumMessage(total: Duration, legal: Duration, difference: Duration): string {
  const gap = Math.abs(difference.amount);
  const word = difference.unit === 'WORKING_HOUR' ? 'giờ' : 'ngày';
  const direction = difference.amount < 0 ? 'thiếu' : 'thừa';
  return `Tổng thời gian các bước ${formatDuration(total)}, thời hạn luật định ${legalLabel(legal)}: ${direction} ${formatAmount(gap)} ${word}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------------------

export type CatalogIssueCode =
  | 'CODE_FORMAT'
  | 'LOCAL_CODE_FORMAT'
  | 'DUPLICATE_CODE'
  | 'REQUIRED'
  | 'UNKNOWN_AGENCY'
  | 'EFFECTIVE_DATES'
  | 'NO_CASE'
  | 'CASE_CODE'
  | 'DURATION'
  | 'NO_STEPS'
  | 'STEP_ORDER'
  | 'STEP_AGENCY'
  | 'STEP_UNIT'
  | 'STEP_SUM'
  | 'INTER_AGENCY'
  | 'NO_CHANNEL'
  | 'DUPLICATE_CHANNEL'
  | 'FEE'
  | 'CHECKLIST'
  | 'DUPLICATE_CHECKLIST_ID'
  | 'NO_RESULT'
  | 'CENTER';

/** A problem with one field of a procedure; `path` points into the procedure (e.g. `cases[0].steps`). */
export interface CatalogIssue {
  code: CatalogIssueCode;
  path: string;
  message: string;
  /** For STEP_SUM: steps minus legal time, in the legal time's unit (negative = steps fall short). */
  difference?: Duration;
}

/** A problem in an imported list: `row` counts from the first data row the caller names. */
export interface CatalogRowIssue extends CatalogIssue {
  row: number;
  procedureCode: string;
}

export interface CatalogContext {
  /** Keys (or codes, if the caller imports by code) of the agencies that exist. */
  knownAgencies: ReadonlySet<string>;
}

export const NATIONAL_CODE_PATTERN = /^[1-6]\.\d{6}$/;
/** National code + agency identifier (QĐ 20/2020/QĐ-TTg): 1.001193.000.00.00.H26. */
export const LOCAL_CODE_PATTERN = /^[1-6]\.\d{6}\.\d{3}\.\d{2}\.\d{2}\.H\d{2}$/;

export function isNationalCode(code: string): boolean {
  return NATIONAL_CODE_PATTERN.test(code);
}

/** Message for a bad national code, or null when the code is well formed. */
export function nationalCodeProblem(code: string): string | null {
  if (isNationalCode(code)) return null;
  return `Mã thủ tục "${code}" không đúng định dạng: cần một chữ số từ 1 đến 6, dấu chấm và 6 chữ số (ví dụ 1.001193)`;
}

/** Message for a bad local code, or null when it is the national code followed by an agency identifier. */
export function localCodeProblem(localCode: string, nationalCode: string): string | null {
  if (!LOCAL_CODE_PATTERN.test(localCode)) {
    return `Mã thủ tục địa phương "${localCode}" không đúng định dạng: cần mã quốc gia kèm mã định danh cơ quan (ví dụ 1.001193.000.00.00.H26)`;
  }
  if (!localCode.startsWith(`${nationalCode}.`)) {
    return `Mã thủ tục địa phương "${localCode}" không bắt đầu bằng mã thủ tục ${nationalCode}`;
  }
  return null;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const AGENCY_ROLE_LABELS = {
  decidingAgencyKey: 'cơ quan giải quyết',
  receivingAgencyKey: 'cơ quan tiếp nhận',
} as const;

/** Every rule a single procedure must satisfy; empty when it may be published. */
export function validateProcedure(p: Procedure, ctx: CatalogContext): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const add = (code: CatalogIssueCode, path: string, message: string, difference?: Duration) =>
    issues.push(difference ? { code, path, message, difference } : { code, path, message });

  // Identity
  const codeProblem = nationalCodeProblem(p.code);
  if (codeProblem) add('CODE_FORMAT', 'code', codeProblem);
  if (p.localCode !== undefined) {
    const problem = localCodeProblem(p.localCode, p.code);
    if (problem) add('LOCAL_CODE_FORMAT', 'localCode', problem);
  }
  p.relatedCodes?.forEach((r, i) => {
    const problem = nationalCodeProblem(r.code);
    if (problem) add('CODE_FORMAT', `relatedCodes[${i}].code`, problem);
  });
  if (!p.name.trim()) add('REQUIRED', 'name', 'Tên thủ tục không được để trống');
  if (!p.field.trim()) add('REQUIRED', 'field', 'Lĩnh vực không được để trống');

  // Agencies
  for (const field of ['decidingAgencyKey', 'receivingAgencyKey'] as const) {
    const key = p[field];
    if (!ctx.knownAgencies.has(key)) {
      add('UNKNOWN_AGENCY', field, `Cơ quan "${key}" (${AGENCY_ROLE_LABELS[field]}) không có trong danh mục cơ quan`);
    }
  }
  p.coordinatingAgencyKeys.forEach((key, i) => {
    if (!ctx.knownAgencies.has(key)) {
      add(
        'UNKNOWN_AGENCY',
        `coordinatingAgencyKeys[${i}]`,
        `Cơ quan "${key}" (cơ quan phối hợp) không có trong danh mục cơ quan`,
      );
    }
  });
  if (p.interAgency && p.coordinatingAgencyKeys.length === 0) {
    add('INTER_AGENCY', 'coordinatingAgencyKeys', 'Thủ tục liên thông phải có ít nhất một cơ quan phối hợp');
  }
  if (!p.interAgency && p.coordinatingAgencyKeys.length > 0) {
    add('INTER_AGENCY', 'interAgency', 'Thủ tục có cơ quan phối hợp phải được đánh dấu liên thông');
  }

  // Validity (plain strings: an imported row is not a PlainDate until it is checked)
  const from: string = p.effectiveFrom;
  const to: string | null = p.effectiveTo;
  if (!isValidPlainDate(from)) {
    add('EFFECTIVE_DATES', 'effectiveFrom', `Ngày có hiệu lực "${from}" không hợp lệ (YYYY-MM-DD)`);
  }
  if (to !== null) {
    if (!isValidPlainDate(to)) {
      add('EFFECTIVE_DATES', 'effectiveTo', `Ngày hết hiệu lực "${to}" không hợp lệ (YYYY-MM-DD)`);
    } else if (to < from) {
      add('EFFECTIVE_DATES', 'effectiveTo', 'Ngày hết hiệu lực phải sau ngày có hiệu lực');
    }
  }

  // Cases and internal process
  if (p.cases.length === 0) add('NO_CASE', 'cases', 'Thủ tục phải có ít nhất một trường hợp giải quyết');
  const caseCodes = new Set<string>();
  p.cases.forEach((c, ci) => {
    const at = `cases[${ci}]`;
    if (!(c.code.startsWith(`${p.code}.`) && /^\d{2}$/.test(c.code.slice(p.code.length + 1)))) {
      add(
        'CASE_CODE',
        `${at}.code`,
        `Mã trường hợp "${c.code}" phải là mã thủ tục kèm hai chữ số (ví dụ ${p.code}.01)`,
      );
    }
    if (caseCodes.has(c.code)) add('CASE_CODE', `${at}.code`, `Mã trường hợp "${c.code}" bị trùng`);
    caseCodes.add(c.code);
    if (!c.name.trim()) add('REQUIRED', `${at}.name`, 'Tên trường hợp không được để trống');
    if (!isValidDuration(c.legalTime)) {
      add('DURATION', `${at}.legalTime`, `Thời hạn giải quyết của trường hợp "${c.name}" không hợp lệ`);
    }
    if (c.sameDayCutoff !== undefined && !HH_MM.test(c.sameDayCutoff)) {
      add('DURATION', `${at}.sameDayCutoff`, `Giờ chốt "${c.sameDayCutoff}" không hợp lệ (HH:MM)`);
    }
    issues.push(...validateSteps(p, c, at));
  });
  // Circular 01 indicator 2 scores each participating unit against its own step limit, so every coordinating
  // agency needs a step in the internal process (in at least one case: a case may not involve it).
  if (p.interAgency && p.cases.length > 0) {
    const withStep = new Set(p.cases.flatMap((c) => c.steps.map((step) => stepAgencyKey(p, step))));
    p.coordinatingAgencyKeys.forEach((key, i) => {
      if (!withStep.has(key)) {
        add(
          'INTER_AGENCY',
          `coordinatingAgencyKeys[${i}]`,
          `Cơ quan phối hợp "${key}" chưa có bước và thời hạn trong quy trình nội bộ`,
        );
      }
    });
  }

  // Channels and fees
  if (p.channels.length === 0) add('NO_CHANNEL', 'channels', 'Thủ tục phải có ít nhất một cách thức thực hiện');
  const seenChannels = new Set<Channel>();
  p.channels.forEach((ch, i) => {
    if (seenChannels.has(ch.channel)) {
      add(
        'DUPLICATE_CHANNEL',
        `channels[${i}].channel`,
        `Cách thức "${CHANNEL_LABELS[ch.channel]}" bị khai báo hai lần`,
      );
    }
    seenChannels.add(ch.channel);
    if (ch.time && !isValidDuration(ch.time)) {
      add('DURATION', `channels[${i}].time`, `Thời hạn của cách thức "${CHANNEL_LABELS[ch.channel]}" không hợp lệ`);
    }
    ch.fees.forEach((fee, fi) => {
      const at = `channels[${i}].fees[${fi}]`;
      if (!fee.name.trim()) add('REQUIRED', `${at}.name`, 'Tên khoản phí, lệ phí không được để trống');
      if (fee.amountVnd !== null && !(Number.isInteger(fee.amountVnd) && fee.amountVnd >= 0)) {
        add(
          'FEE',
          `${at}.amountVnd`,
          `Mức thu "${fee.name}" phải là số nguyên đồng không âm, hoặc để trống nếu theo nghị quyết`,
        );
      }
      if (!fee.basis.trim()) add('FEE', `${at}.basis`, `Khoản "${fee.name}" phải ghi căn cứ thu`);
      if (fee.caseCode !== undefined && !caseCodes.has(fee.caseCode)) {
        add('FEE', `${at}.caseCode`, `Khoản "${fee.name}" gắn với trường hợp "${fee.caseCode}" không tồn tại`);
      }
    });
  });
  if (seenChannels.has('ONLINE_FULL') && seenChannels.has('ONLINE_PARTIAL')) {
    add('DUPLICATE_CHANNEL', 'channels', 'Một thủ tục không thể vừa trực tuyến toàn trình vừa trực tuyến một phần');
  }

  // Checklist
  const checklistIds = new Set<string>();
  p.checklist.forEach((item, i) => {
    const at = `checklist[${i}]`;
    if (!item.id.trim()) add('CHECKLIST', `${at}.id`, `Thành phần hồ sơ "${item.name}" thiếu mã`);
    else if (checklistIds.has(item.id)) {
      add('DUPLICATE_CHECKLIST_ID', `${at}.id`, `Mã thành phần hồ sơ "${item.id}" bị trùng`);
    }
    checklistIds.add(item.id);
    if (!item.name.trim()) add('REQUIRED', `${at}.name`, 'Tên thành phần hồ sơ không được để trống');
    for (const qty of ['originals', 'copies'] as const) {
      if (!(Number.isInteger(item[qty]) && item[qty] >= 0)) {
        add('CHECKLIST', `${at}.${qty}`, `Số lượng bản của "${item.name}" phải là số nguyên không âm`);
      }
    }
    item.caseCodes?.forEach((code) => {
      if (!caseCodes.has(code))
        add('CHECKLIST', `${at}.caseCodes`, `Thành phần "${item.name}" gắn với trường hợp "${code}" không tồn tại`);
    });
  });

  if (p.results.length === 0) add('NO_RESULT', 'results', 'Thủ tục phải có ít nhất một kết quả');
  if (p.processedWhollyAtCenter && !p.receivedAtCenter) {
    add(
      'CENTER',
      'processedWhollyAtCenter',
      'Thủ tục giải quyết trọn vẹn tại Trung tâm phải được tiếp nhận tại Trung tâm',
    );
  }
  return issues;
}

function validateSteps(p: Procedure, c: ProcedureCase, at: string): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  if (c.steps.length === 0) {
    issues.push({ code: 'NO_STEPS', path: `${at}.steps`, message: `Trường hợp "${c.name}" chưa có quy trình nội bộ` });
    return issues;
  }
  const involved = new Set([p.decidingAgencyKey, p.receivingAgencyKey, ...p.coordinatingAgencyKeys]);
  let durationsValid = true;
  c.steps.forEach((step, si) => {
    const sp = `${at}.steps[${si}]`;
    if (step.order !== si + 1) {
      issues.push({
        code: 'STEP_ORDER',
        path: `${sp}.order`,
        message: `Bước "${step.name}" phải có số thứ tự ${si + 1}`,
      });
    }
    if (!step.name.trim())
      issues.push({ code: 'REQUIRED', path: `${sp}.name`, message: 'Tên bước không được để trống' });
    if (!isValidDuration(step.duration) || step.duration.unit === 'SAME_DAY') {
      durationsValid = false;
      issues.push({
        code: 'DURATION',
        path: `${sp}.duration`,
        message: `Thời gian của bước "${step.name}" phải là một số dương theo ngày hoặc giờ`,
      });
    }
    const agency = step.agency;
    if (agency === 'COORDINATING') {
      if (p.coordinatingAgencyKeys.length !== 1) {
        issues.push({
          code: 'STEP_AGENCY',
          path: `${sp}.agency`,
          message: `Bước "${step.name}": thủ tục có ${p.coordinatingAgencyKeys.length} cơ quan phối hợp, cần ghi rõ cơ quan thực hiện`,
        });
      }
    } else if (typeof agency === 'object') {
      if (!involved.has(agency.key)) {
        issues.push({
          code: 'STEP_AGENCY',
          path: `${sp}.agency`,
          message: `Bước "${step.name}" do cơ quan "${agency.key}" thực hiện, nhưng cơ quan này không tham gia thủ tục`,
        });
      }
    }
  });
  if (!durationsValid || !isValidDuration(c.legalTime)) return issues;
  const sum = checkStepDurations(c);
  if (!sum.ok && sum.reason === 'UNIT') {
    const step = c.steps[sum.stepIndex]!;
    issues.push({
      code: 'STEP_UNIT',
      path: `${at}.steps[${sum.stepIndex}].duration`,
      message: `Bước "${step.name}" tính theo ${formatDuration(step.duration)}, không cộng được với thời hạn luật định ${legalLabel(c.legalTime)}`,
    });
  } else if (!sum.ok && sum.reason === 'MISMATCH') {
    issues.push({
      code: 'STEP_SUM',
      path: `${at}.steps`,
      message: stepSumMessage(sum.total, sum.legal, sum.difference),
      difference: sum.difference,
    });
  }
  return issues;
}

/**
 * Validate an imported list: every procedure's issues with its row number (the first procedure is `firstRow`),
 * plus national codes that appear on more than one row.
 */
export function validateCatalog(
  procedures: readonly Procedure[],
  ctx: CatalogContext,
  firstRow = 1,
): CatalogRowIssue[] {
  const issues: CatalogRowIssue[] = [];
  const firstRowOfCode = new Map<string, number>();
  procedures.forEach((p, i) => {
    const row = firstRow + i;
    for (const issue of validateProcedure(p, ctx)) issues.push({ ...issue, row, procedureCode: p.code });
    const earlier = firstRowOfCode.get(p.code);
    if (earlier !== undefined) {
      issues.push({
        code: 'DUPLICATE_CODE',
        path: 'code',
        message: `Mã thủ tục ${p.code} đã có ở dòng ${earlier}`,
        row,
        procedureCode: p.code,
      });
    } else firstRowOfCode.set(p.code, row);
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Version history
// ---------------------------------------------------------------------------------------------------------------

export interface ProcedureChange {
  /** e.g. `name`, `cases[1.001193.01].legalTime.amount`, `checklist[to-khai].copies`, `channels[POSTAL]`. */
  path: string;
  /** undefined when the value was added. */
  before: unknown;
  /** undefined when the value was removed. */
  after: unknown;
}

/** Fields that identify an element of a list, tried in order, so that reordering or inserting is not a change of every element. */
const IDENTITY_FIELDS = ['id', 'code', 'channel', 'order', 'name'] as const;

function identityField(a: readonly unknown[], b: readonly unknown[]): string | null {
  const all = [...a, ...b];
  if (all.length === 0 || !all.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return null;
  for (const field of IDENTITY_FIELDS) {
    const unique = (list: readonly unknown[]) => {
      const values = list.map((x) => (x as Record<string, unknown>)[field]);
      return (
        values.every((v) => typeof v === 'string' || typeof v === 'number') && new Set(values).size === values.length
      );
    };
    if (unique(a) && unique(b)) return field;
  }
  return null;
}

function diffValues(path: string, a: unknown, b: unknown, out: ProcedureChange[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = identityField(a, b);
    if (key === null) {
      if (a.every((x) => typeof x !== 'object') && b.every((x) => typeof x !== 'object')) {
        if (a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]))) out.push({ path, before: a, after: b });
        return;
      }
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) diffValues(`${path}[${i}]`, a[i], b[i], out);
      return;
    }
    const byKey = (list: unknown[]) => new Map(list.map((x) => [String((x as Record<string, unknown>)[key]), x]));
    const before = byKey(a);
    const after = byKey(b);
    for (const [k, v] of before) diffValues(`${path}[${k}]`, v, after.get(k), out);
    for (const [k, v] of after) if (!before.has(k)) out.push({ path: `${path}[${k}]`, before: undefined, after: v });
    return;
  }
  const isRecord = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) diffValues(path ? `${path}.${k}` : k, a[k], b[k], out);
    return;
  }
  if (a === undefined && b === undefined) return;
  out.push({ path, before: a, after: b });
}

/**
 * What changed between two versions of a procedure, field by field, for the version history. Works on the domain
 * form (agencies by key) and on the exchange form (agencies by identifier code, what an administrator edits).
 */
export function diffProcedures<T extends Procedure | ProcedureFile>(a: T, b: T): ProcedureChange[] {
  const out: ProcedureChange[] = [];
  diffValues('', a, b, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Queries over one procedure
// ---------------------------------------------------------------------------------------------------------------

/** Does any field group of the procedure carry an estimated (demo) value? */
export function hasEstimatedValues(p: Pick<Procedure, 'sources'>): boolean {
  const tags: SourceTagValue[] = [p.sources.code, p.sources.time, p.sources.fee, p.sources.docs];
  return tags.some((tag) => tag.split('+').includes('E'));
}

/** The agency key a step is performed by, resolving DECIDING/RECEIVING/COORDINATING references. */
export function stepAgencyKey(
  p: Pick<Procedure, 'decidingAgencyKey' | 'receivingAgencyKey' | 'coordinatingAgencyKeys'>,
  step: ProcessStep,
): string | null {
  const agency = step.agency;
  if (agency === 'DECIDING') return p.decidingAgencyKey;
  if (agency === 'RECEIVING') return p.receivingAgencyKey;
  if (agency === 'COORDINATING') return p.coordinatingAgencyKeys.length === 1 ? p.coordinatingAgencyKeys[0]! : null;
  return agency.key;
}
