import type { Executor } from '../../db/client';
import { AppError } from '../../platform/errors';
import type { Duration, Procedure } from './procedure';
import { stepAgencyKey } from './procedure';
import { catalogRepository } from './catalog.repository';

/** What the dossiers module needs from the catalog to receive a dossier (through catalog/index.ts). */
export interface IntakeProcedure {
  procedureId: string;
  versionId: string;
  code: string;
  name: string;
  ruleSet: Procedure['ruleSet'];
  decidingAgencyId: string;
  receivingAgencyId: string;
  case: { code: string; name: string; sameDayCutoff?: string };
  /** The legal time for this case and channel. */
  legalTime: Duration;
  steps: { name: string; role: string; agencyId: string; duration: Duration }[];
  checklist: { id: string; name: string; required: boolean; originals: number; copies: number }[];
  fees: { name: string; amountVnd: number | null; basis: string }[];
  processedWhollyAtCenter: boolean;
}

const CHANNELS_FOR = {
  IN_PERSON: ['IN_PERSON'],
  POSTAL: ['POSTAL'],
  ONLINE: ['ONLINE_FULL', 'ONLINE_PARTIAL'],
} as const;

/**
 * Published versions never change (a change is a new version), so their parsed documents can be kept in memory
 * by id, safely across server processes. Bounded, least recently used first out.
 */
const PUBLISHED_CACHE_SIZE = 500;
const publishedDocuments = new Map<string, Procedure>();
async function publishedDocument(ex: Executor, versionId: string): Promise<Procedure> {
  const cached = publishedDocuments.get(versionId);
  if (cached) {
    publishedDocuments.delete(versionId);
    publishedDocuments.set(versionId, cached);
    return cached;
  }
  const version = (await catalogRepository.findVersion(ex, versionId))!;
  const document = version.document as Procedure;
  publishedDocuments.set(versionId, document);
  if (publishedDocuments.size > PUBLISHED_CACHE_SIZE)
    publishedDocuments.delete(publishedDocuments.keys().next().value!);
  return document;
}

const refuse = (vi: string, en: string, path: string) =>
  new AppError('VALIDATION_FAILED', { message: { vi, en }, details: { fields: [{ path, message: vi }] } });

/**
 * The published version of a procedure, narrowed to one processing case and channel. Unknown or suspended
 * procedures, unknown cases and channels the procedure does not offer are refused with the field named.
 */
export async function procedureForIntake(
  ex: Executor,
  input: { procedureCode: string; caseCode?: string | undefined; channel: keyof typeof CHANNELS_FOR },
): Promise<IntakeProcedure> {
  const row = await catalogRepository.findByCode(ex, input.procedureCode);
  if (!row || row.status !== 'PUBLISHED' || !row.publishedVersionId) {
    throw refuse(
      `Thủ tục "${input.procedureCode}" không có trong danh mục đang áp dụng.`,
      `Procedure "${input.procedureCode}" is not in the published catalog.`,
      'body.procedureCode',
    );
  }
  const versionId = row.publishedVersionId;
  const p = await publishedDocument(ex, versionId);
  const procedureCase = input.caseCode ? p.cases.find((c) => c.code === input.caseCode) : p.cases[0];
  if (!procedureCase) {
    throw refuse(
      `Thủ tục không có trường hợp "${input.caseCode}". Các trường hợp: ${p.cases.map((c) => c.code).join(', ')}.`,
      `The procedure has no case "${input.caseCode}".`,
      'body.caseCode',
    );
  }
  const offer = p.channels.find((c) => (CHANNELS_FOR[input.channel] as readonly string[]).includes(c.channel));
  if (!offer) {
    throw refuse(
      `Thủ tục này không nhận hồ sơ qua kênh ${input.channel === 'ONLINE' ? 'trực tuyến' : input.channel === 'POSTAL' ? 'bưu chính' : 'trực tiếp'}.`,
      `This procedure does not accept the ${input.channel} channel.`,
      'body.channel',
    );
  }
  return {
    procedureId: row.id,
    versionId,
    code: p.code,
    name: p.name,
    ruleSet: p.ruleSet,
    decidingAgencyId: p.decidingAgencyKey,
    receivingAgencyId: p.receivingAgencyKey,
    case: {
      code: procedureCase.code,
      name: procedureCase.name,
      ...(procedureCase.sameDayCutoff ? { sameDayCutoff: procedureCase.sameDayCutoff } : {}),
    },
    // A channel with its own time (e.g. online) overrides the case's legal time.
    legalTime: offer.time ?? procedureCase.legalTime,
    steps: procedureCase.steps.map((s) => ({
      name: s.name,
      role: s.role,
      agencyId: stepAgencyKey(p, s) ?? p.coordinatingAgencyKeys[0] ?? p.decidingAgencyKey,
      duration: s.duration,
    })),
    checklist: p.checklist
      .filter((item) => !item.caseCodes || item.caseCodes.includes(procedureCase.code))
      .map((item) => ({
        id: item.id,
        name: item.name,
        required: item.required,
        originals: item.originals,
        copies: item.copies,
      })),
    fees: offer.fees
      .filter((f) => !f.caseCode || f.caseCode === procedureCase.code)
      .map((f) => ({ name: f.name, amountVnd: f.amountVnd, basis: f.basis })),
    processedWhollyAtCenter: p.processedWhollyAtCenter,
  };
}
