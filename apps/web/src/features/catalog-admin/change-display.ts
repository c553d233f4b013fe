import { formatDecimal, formatPlainDate, formatVnd } from '../../lib/format';
import type { MessageKey, Translate } from '../../lib/i18n';
import { tokenizePath } from './editor-issues';
import { type Duration, formatDuration } from './step-sum';

/**
 * Paths and values of the exchange format in words, for the version history (diff) and the list of issues:
 * `cases[1.001193.01].legalTime.amount` → "Trường hợp 1.001193.01 › Thời hạn luật định › Số lượng",
 * `{ amount: 10, unit: 'WORKING_DAY' }` → "10 ngày làm việc". Unknown fields are shown by their name.
 */

const FIELD_LABELS: Record<string, MessageKey> = {
  code: 'catalogAdmin.field.code',
  localCode: 'catalogAdmin.field.localCode',
  relatedCodes: 'catalogAdmin.field.relatedCodes',
  name: 'catalogAdmin.field.name',
  field: 'catalogAdmin.field.field',
  level: 'catalogAdmin.field.level',
  decidingAgencyCode: 'catalogAdmin.field.decidingAgencyCode',
  receivingAgencyCode: 'catalogAdmin.field.receivingAgencyCode',
  coordinatingAgencyCodes: 'catalogAdmin.field.coordinatingAgencyCodes',
  decidingBodyNote: 'catalogAdmin.field.decidingBodyNote',
  ruleSet: 'catalogAdmin.field.ruleSet',
  effectiveFrom: 'catalogAdmin.field.effectiveFrom',
  effectiveTo: 'catalogAdmin.field.effectiveTo',
  cases: 'catalogAdmin.field.cases',
  legalTime: 'catalogAdmin.field.legalTime',
  amount: 'catalogAdmin.field.amount',
  unit: 'catalogAdmin.field.unit',
  sameDayCutoff: 'catalogAdmin.field.sameDayCutoff',
  steps: 'catalogAdmin.field.steps',
  order: 'catalogAdmin.field.order',
  role: 'catalogAdmin.field.role',
  agency: 'catalogAdmin.field.agency',
  duration: 'catalogAdmin.field.duration',
  note: 'catalogAdmin.field.note',
  channels: 'catalogAdmin.field.channels',
  channel: 'catalogAdmin.field.channel',
  fees: 'catalogAdmin.field.fees',
  amountVnd: 'catalogAdmin.field.amountVnd',
  basis: 'catalogAdmin.field.basis',
  perUnit: 'catalogAdmin.field.perUnit',
  caseCode: 'catalogAdmin.field.caseCode',
  time: 'catalogAdmin.field.time',
  checklist: 'catalogAdmin.field.checklist',
  id: 'catalogAdmin.field.id',
  originals: 'catalogAdmin.field.originals',
  copies: 'catalogAdmin.field.copies',
  required: 'catalogAdmin.field.required',
  formTemplate: 'catalogAdmin.field.formTemplate',
  eForm: 'catalogAdmin.field.eForm',
  caseCodes: 'catalogAdmin.field.caseCodes',
  results: 'catalogAdmin.field.results',
  electronic: 'catalogAdmin.field.electronic',
  legalBases: 'catalogAdmin.field.legalBases',
  receivedAtCenter: 'catalogAdmin.field.receivedAtCenter',
  processedWhollyAtCenter: 'catalogAdmin.field.processedWhollyAtCenter',
  interAgency: 'catalogAdmin.field.interAgency',
  sources: 'catalogAdmin.field.sources',
  notes: 'catalogAdmin.field.notes',
};

/** The procedure's own code and name read better with the word "thủ tục". */
const ROOT_LABELS: Record<string, MessageKey> = {
  code: 'catalogAdmin.field.procedureCode',
  name: 'catalogAdmin.field.procedureName',
};

/** One element of a list: "Trường hợp 1.001193.01", "Bước 2", "Cách thức: Bưu chính công ích". */
const ITEM_LABELS: Record<string, MessageKey> = {
  cases: 'catalogAdmin.item.case',
  steps: 'catalogAdmin.item.step',
  channels: 'catalogAdmin.item.channel',
  fees: 'catalogAdmin.item.fee',
  checklist: 'catalogAdmin.item.document',
  results: 'catalogAdmin.item.result',
  legalBases: 'catalogAdmin.item.legalBasis',
  coordinatingAgencyCodes: 'catalogAdmin.item.coordinatingAgency',
  notes: 'catalogAdmin.item.note',
  relatedCodes: 'catalogAdmin.item.relatedCode',
  caseCodes: 'catalogAdmin.item.caseCode',
};

const CHANNEL_VALUES = new Set(['IN_PERSON', 'POSTAL', 'ONLINE_FULL', 'ONLINE_PARTIAL']);

/**
 * A path in words. `mode`: `index` for issue paths (list positions from 0, shown from 1), `identity` for diff
 * paths (elements named by their code, id, channel or step order; a plain position only when a list has none).
 */
export function describePath(path: string, t: Translate, mode: 'index' | 'identity'): string {
  const tokens = tokenizePath(path);
  const parts: string[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (token.kind === 'field') {
      // The list's name is said by its element ("Trường hợp 2"), not twice.
      if (tokens[i + 1]?.kind === 'item' && ITEM_LABELS[token.value]) return;
      const key = (i === 0 ? ROOT_LABELS[token.value] : undefined) ?? FIELD_LABELS[token.value];
      parts.push(key ? t(key) : token.value);
      return;
    }
    const list = previous?.kind === 'field' ? previous.value : '';
    const numeric = /^\d+$/.test(token.value);
    let id = token.value;
    if (numeric && !(mode === 'identity' && list === 'steps')) id = String(Number(token.value) + 1);
    else if (list === 'channels' && CHANNEL_VALUES.has(token.value))
      id = t(`catalogAdmin.channel.${token.value}` as MessageKey);
    else if (!numeric && list !== 'cases' && list !== 'checklist') id = `“${token.value}”`;
    const key = ITEM_LABELS[list];
    parts.push(key ? t(key, { id }) : `${list} ${id}`.trim());
  });
  return parts.join(' › ');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDuration = (value: unknown): value is Duration =>
  isRecord(value) && typeof value.amount === 'number' && typeof value.unit === 'string';

/** A value of an enumerated field in words (level, unit, role, channel, rule set, a step's agency). */
function enumLabel(field: string, value: string, t: Translate): string | null {
  const known: Record<string, readonly string[]> = {
    level: ['PROVINCE', 'DISTRICT', 'COMMUNE'],
    unit: ['WORKING_DAY', 'CALENDAR_DAY', 'WORKING_HOUR', 'SAME_DAY'],
    role: ['ADMIN', 'CENTER_LEADER', 'RECEPTION_OFFICER', 'AGENCY_LEADER', 'SPECIALIST', 'CLERK', 'VIEWER'],
    channel: ['IN_PERSON', 'POSTAL', 'ONLINE_FULL', 'ONLINE_PARTIAL'],
    ruleSet: ['2018', '2025'],
    agency: ['DECIDING', 'RECEIVING', 'COORDINATING'],
  };
  if (!known[field]?.includes(value)) return null;
  switch (field) {
    case 'level':
      return t(`catalog.level.${value}` as MessageKey);
    case 'unit':
      return t(`catalogAdmin.unit.${value}` as MessageKey);
    case 'role':
      return t(`role.${value}` as MessageKey);
    case 'channel':
      return t(`catalogAdmin.channel.${value}` as MessageKey);
    case 'ruleSet':
      return t(`catalogAdmin.ruleSet.${value}` as MessageKey);
    default:
      return t(`catalogAdmin.stepAgency.${value}` as MessageKey);
  }
}

/** One element of a list on one line: a step, a case, a fee, a document… */
function summarize(value: Record<string, unknown>, t: Translate): string {
  const text = (key: string) => {
    const v = value[key];
    return typeof v === 'string' ? v : '';
  };
  if (typeof value.order === 'number' && isDuration(value.duration)) {
    const agency = value.agency;
    const agencyText =
      typeof agency === 'string'
        ? (enumLabel('agency', agency, t) ?? agency)
        : isRecord(agency) && typeof agency.code === 'string'
          ? agency.code
          : '';
    const role = enumLabel('role', text('role'), t) ?? text('role');
    return `${value.order}. ${text('name')} — ${role} — ${agencyText} — ${formatDuration(value.duration, t)}`;
  }
  if (isDuration(value.legalTime))
    return `${text('code')} ${text('name')} (${formatDuration(value.legalTime, t)})`.trim();
  if (typeof value.channel === 'string') {
    const fees = Array.isArray(value.fees) ? value.fees.length : 0;
    return `${enumLabel('channel', text('channel'), t) ?? text('channel')} (${t('catalogAdmin.diff.fees', { n: fees })})`;
  }
  if ('amountVnd' in value) {
    return `${text('name')}: ${describeValue(value.amountVnd, 'amountVnd', t)}`;
  }
  if (typeof value.originals === 'number' && typeof value.copies === 'number') {
    return t('catalogAdmin.diff.document', {
      name: text('name'),
      originals: value.originals,
      copies: value.copies,
    });
  }
  if (text('code') && text('name')) return `${text('code')} — ${text('name')}`;
  if (text('name')) return text('name');
  return Object.entries(value)
    .map(([k, v]) => `${FIELD_LABELS[k] ? t(FIELD_LABELS[k]) : k}: ${describeValue(v, k, t)}`)
    .join('; ');
}

/** A value in words; `field` is the last field name of its path (it tells what an enum or null means). */
export function describeValue(value: unknown, field: string, t: Translate): string {
  if (value === undefined) return t('catalogAdmin.diff.absent');
  if (value === null) {
    if (field === 'amountVnd') return t('catalogAdmin.fee.byCouncil');
    if (field === 'effectiveTo') return t('catalogAdmin.diff.noEnd');
    return '—';
  }
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return field === 'amountVnd' ? formatVnd(value) : formatDecimal(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatPlainDate(value);
    return enumLabel(field, value, t) ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('catalogAdmin.diff.emptyList');
    if (value.every((v) => !isRecord(v))) {
      return value.map((v) => describeValue(v, field, t)).join(field === 'notes' ? '\n' : ', ');
    }
    return value.map((v) => (isRecord(v) ? summarize(v, t) : describeValue(v, field, t))).join('\n');
  }
  if (isDuration(value)) return formatDuration(value, t);
  if (isRecord(value)) return summarize(value, t);
  return JSON.stringify(value);
}

/** The last field name of a path (`cases[0].legalTime.amount` → `amount`), to read its value. */
export function lastField(path: string): string {
  const fields = tokenizePath(path).filter((t) => t.kind === 'field');
  return fields[fields.length - 1]?.value ?? '';
}
