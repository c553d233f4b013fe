import {
  CATALOG_FILE_FORMAT,
  CATALOG_FILE_VERSION,
  catalogFileEnvelopeSchema,
  MAX_IMPORT_PROCEDURES,
  procedureFileSchema,
  type CatalogFile,
  type ImportIssue,
  type ProcedureFile,
} from '@mot-cua/contracts';
import { formatPath, jsonSyntaxError, schemaProblems, type PathSegment } from './catalog-import-issues';
import { locatedIssue, toFilePath, type WorkbookSourceRows } from './catalog-workbook-layout';
import { validateProcedure, type CatalogIssue, type Procedure, type ProcessStep, type StepAgency } from './procedure';

/**
 * Catalog import and export, without I/O: JSON text ↔ exchange files, exchange files ↔ domain procedures, and the
 * whole-file check. The rule (issue 4): validate everything, report every problem where the user fixes it, and let
 * the caller write nothing unless the list of issues is empty.
 */

/** Sheet name of issues found in a JSON file. */
export const JSON_SHEET = 'JSON';
/** JSON text above this length is refused before parsing (the HTTP layer may set a lower limit). */
export const MAX_JSON_CHARS = 50 * 1024 * 1024;

/** Where a procedure of a JSON file was read: its position in the file's `procedures` (0 = first). */
export interface JsonSource {
  jsonIndex: number;
}

export interface CatalogFileParseResult {
  procedures: ProcedureFile[];
  issues: ImportIssue[];
  /**
   * `sourceRows[i]` is the position in the file of `procedures[i]` (procedures with schema problems are left out,
   * so the two differ after the first one): pass it to `validateImport` so that its issues name the right procedure.
   */
  sourceRows: JsonSource[];
}

/**
 * Where a procedure was read: its workbook rows, its position in a JSON file, or nothing (the procedure's index in
 * the list checked is taken as its position in a JSON file).
 */
export type SourceRows = WorkbookSourceRows | JsonSource | undefined;

const isJsonSource = (source: SourceRows): source is JsonSource => source !== undefined && 'jsonIndex' in source;

const jsonIssue = (row: number, field: string | undefined, code: string, message: string): ImportIssue =>
  field === undefined ? { sheet: JSON_SHEET, row, code, message } : { sheet: JSON_SHEET, row, field, code, message };

/**
 * Parse a JSON exchange file. Never throws. Malformed JSON gives one issue with the line and column; schema problems
 * give one issue per field (row = the procedure's position, field = the path from the file's root). Each procedure
 * is checked on its own, so that one bad procedure does not hide the problems of the others; the ones with problems
 * are left out of `procedures`.
 */
export function parseCatalogJson(text: string): CatalogFileParseResult {
  const issues: ImportIssue[] = [];
  if (text.length > MAX_JSON_CHARS) {
    issues.push(
      jsonIssue(
        0,
        undefined,
        'FILE_TOO_LARGE',
        `Tệp JSON dài quá ${MAX_JSON_CHARS / 1024 / 1024} MB: hãy chia thành nhiều tệp`,
      ),
    );
    return { procedures: [], issues, sourceRows: [] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (error) {
    const found = jsonSyntaxError(body);
    issues.push(
      jsonIssue(
        0,
        undefined,
        'JSON_SYNTAX',
        found
          ? `Tệp không phải JSON hợp lệ ở dòng ${found.line}, cột ${found.column}: ${found.message}`
          : `Tệp không phải JSON hợp lệ: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    return { procedures: [], issues, sourceRows: [] };
  }

  const envelope = schemaProblems(catalogFileEnvelopeSchema, root);
  for (const p of envelope.problems) issues.push(jsonIssue(0, formatPath(p.path) || undefined, 'SCHEMA', p.message));
  const list = (root as { procedures?: unknown } | null)?.procedures;
  if (!Array.isArray(list)) return { procedures: [], issues, sourceRows: [] };
  if (list.length > MAX_IMPORT_PROCEDURES) {
    issues.push(
      jsonIssue(
        0,
        'procedures',
        'LIMIT',
        `Tệp có ${list.length.toLocaleString('vi-VN')} thủ tục, mỗi lần nhập tối đa ${MAX_IMPORT_PROCEDURES.toLocaleString('vi-VN')}: hãy chia thành nhiều tệp`,
      ),
    );
    return { procedures: [], issues, sourceRows: [] };
  }
  const procedures: ProcedureFile[] = [];
  const sourceRows: JsonSource[] = [];
  list.forEach((item, i) => {
    const { data, problems } = schemaProblems(procedureFileSchema, item);
    for (const p of problems) {
      issues.push(jsonIssue(i + 1, formatPath(['procedures', i, ...p.path]), 'SCHEMA', p.message));
    }
    if (problems.length === 0) {
      procedures.push(data as ProcedureFile);
      sourceRows.push({ jsonIndex: i });
    }
  });
  return { procedures, issues, sourceRows };
}

/** The JSON exchange file of `procedures`, indented for people who read it. */
export function catalogJson(procedures: readonly ProcedureFile[], exportedAt: Date): string {
  const file: CatalogFile = {
    format: CATALOG_FILE_FORMAT,
    version: CATALOG_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    procedures: [...procedures],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Exchange files ↔ domain procedures
// ---------------------------------------------------------------------------------------------------------------

/** Copies the optional fields that are set, so that converted objects carry no `undefined` keys. */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** The parts a procedure has alike in the exchange format and in the domain (no agency to translate): copied. */
function agencyFreeParts(p: Pick<ProcedureFile, AgencyFreeKey>): Pick<ProcedureFile, AgencyFreeKey> {
  return {
    checklist: p.checklist.map((item) => ({
      id: item.id,
      name: item.name,
      originals: item.originals,
      copies: item.copies,
      required: item.required,
      ...defined({ formTemplate: item.formTemplate, eForm: item.eForm, caseCodes: item.caseCodes, note: item.note }),
    })),
    results: p.results.map((r) => ({ name: r.name, ...defined({ electronic: r.electronic }) })),
    legalBases: p.legalBases.map((l) => ({ code: l.code, name: l.name })),
    receivedAtCenter: p.receivedAtCenter,
    processedWhollyAtCenter: p.processedWhollyAtCenter,
    interAgency: p.interAgency,
    sources: { ...p.sources },
    ...defined({ seedRow: p.seedRow, seedSrc: p.seedSrc, notes: p.notes && [...p.notes] }),
  };
}
type AgencyFreeKey =
  | 'checklist'
  | 'results'
  | 'legalBases'
  | 'receivedAtCenter'
  | 'processedWhollyAtCenter'
  | 'interAgency'
  | 'sources'
  | 'seedRow'
  | 'seedSrc'
  | 'notes';

/** Export: domain procedures as exchange files, agencies by identifier code, without status. */
export function toProcedureFiles(
  procedures: readonly Procedure[],
  agencyCodeOf: (key: string) => string,
): ProcedureFile[] {
  return procedures.map((p) => ({
    code: p.code,
    ...defined({
      localCode: p.localCode,
      relatedCodes: p.relatedCodes?.map((r) => ({ code: r.code, note: r.note })),
    }),
    name: p.name,
    field: p.field,
    level: p.level,
    decidingAgencyCode: agencyCodeOf(p.decidingAgencyKey),
    receivingAgencyCode: agencyCodeOf(p.receivingAgencyKey),
    coordinatingAgencyCodes: p.coordinatingAgencyKeys.map((key) => agencyCodeOf(key)),
    ...defined({ decidingBodyNote: p.decidingBodyNote }),
    ruleSet: p.ruleSet,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    cases: p.cases.map((c) => ({
      code: c.code,
      name: c.name,
      legalTime: { amount: c.legalTime.amount, unit: c.legalTime.unit },
      ...defined({ sameDayCutoff: c.sameDayCutoff }),
      steps: c.steps.map((s) => ({
        order: s.order,
        name: s.name,
        role: s.role,
        agency: typeof s.agency === 'string' ? s.agency : { code: agencyCodeOf(s.agency.key) },
        duration: { amount: s.duration.amount, unit: s.duration.unit },
      })),
      ...defined({ note: c.note }),
    })),
    channels: p.channels.map((ch) => ({
      channel: ch.channel,
      fees: ch.fees.map((f) => ({
        name: f.name,
        amountVnd: f.amountVnd,
        basis: f.basis,
        ...defined({ perUnit: f.perUnit, caseCode: f.caseCode, note: f.note }),
      })),
      ...defined({
        time: ch.time && { amount: ch.time.amount, unit: ch.time.unit },
        note: ch.note,
      }),
    })),
    ...agencyFreeParts(p),
  }));
}

/**
 * An issue at the place a procedure's field was read: its workbook cell, or its JSON path. `index` is the
 * procedure's position in the file, `path` a field of the procedure (domain or exchange names).
 */
export function issueAt(
  index: number,
  source: SourceRows,
  path: readonly PathSegment[] | string,
  code: string,
  message: string,
): ImportIssue {
  const filePath = toFilePath(typeof path === 'string' ? path : formatPath(path));
  if (source && !isJsonSource(source)) return locatedIssue(source, filePath, code, message);
  const at = source?.jsonIndex ?? index;
  return jsonIssue(at + 1, `procedures[${at}].${filePath}`, code, message);
}

const AGENCY_ROLES = {
  decidingAgencyCode: 'cơ quan giải quyết',
  receivingAgencyCode: 'cơ quan tiếp nhận',
  coordinatingAgencyCodes: 'cơ quan phối hợp',
  step: 'cơ quan thực hiện bước',
} as const;

/**
 * Import: exchange files as draft domain procedures, agency codes resolved to keys. `procedures[i]` comes from
 * `files[i]`; an unknown code stays in place of its key and gives an issue, so the procedures may be written only
 * when `issues` is empty. `sourceRows[i]` (from `parseCatalogWorkbook` or `parseCatalogJson`) locates issues in the
 * workbook or the JSON file.
 */
export function toDomainProcedures(
  files: readonly ProcedureFile[],
  resolveAgency: (code: string) => string | undefined,
  sourceRows: readonly SourceRows[] = [],
): { procedures: Procedure[]; issues: ImportIssue[] } {
  const { procedures, issues } = convert(files, resolveAgency, sourceRows);
  return { procedures, issues: issues.flat() };
}

function convert(
  files: readonly ProcedureFile[],
  resolveAgency: (code: string) => string | undefined,
  sourceRows: readonly SourceRows[],
): { procedures: Procedure[]; issues: ImportIssue[][]; unknownStepAgency: Set<number>; unknownPaths: Set<string> } {
  /** By procedure, so that a procedure's issues can be listed together. */
  const issues: ImportIssue[][] = files.map(() => []);
  /** Procedures with a step whose agency code is unknown. */
  const unknownStepAgency = new Set<number>();
  /** `index|path` of every unknown code. */
  const unknownPaths = new Set<string>();
  const procedures = files.map((f, i) => {
    const source = sourceRows[i];
    const resolve = (code: string, path: PathSegment[], role: keyof typeof AGENCY_ROLES): string => {
      const key = resolveAgency(code);
      if (key !== undefined) return key;
      if (role === 'step') unknownStepAgency.add(i);
      unknownPaths.add(`${i}|${formatPath(path)}`);
      issues[i]!.push(
        issueAt(
          i,
          source,
          path,
          'UNKNOWN_AGENCY',
          `Không tìm thấy cơ quan có mã định danh "${code}" (${AGENCY_ROLES[role]}) trong danh mục cơ quan đang có hiệu lực: kiểm tra lại mã, hoặc đề nghị Trung tâm bổ sung cơ quan trước khi nhập`,
        ),
      );
      return code;
    };
    const procedure: Procedure = {
      code: f.code,
      ...defined({
        localCode: f.localCode,
        relatedCodes: f.relatedCodes?.map((r) => ({ code: r.code, note: r.note })),
      }),
      name: f.name,
      field: f.field,
      level: f.level,
      decidingAgencyKey: resolve(f.decidingAgencyCode, ['decidingAgencyCode'], 'decidingAgencyCode'),
      receivingAgencyKey: resolve(f.receivingAgencyCode, ['receivingAgencyCode'], 'receivingAgencyCode'),
      coordinatingAgencyKeys: f.coordinatingAgencyCodes.map((code, k) =>
        resolve(code, ['coordinatingAgencyCodes', k], 'coordinatingAgencyCodes'),
      ),
      ...defined({ decidingBodyNote: f.decidingBodyNote }),
      ruleSet: f.ruleSet,
      // The service publishes; an import only proposes.
      status: 'DRAFT',
      effectiveFrom: f.effectiveFrom,
      effectiveTo: f.effectiveTo,
      cases: f.cases.map((c, ci) => ({
        code: c.code,
        name: c.name,
        legalTime: { amount: c.legalTime.amount, unit: c.legalTime.unit },
        ...defined({ sameDayCutoff: c.sameDayCutoff }),
        steps: c.steps.map((s, si): ProcessStep => ({
          order: s.order,
          name: s.name,
          role: s.role,
          agency:
            typeof s.agency === 'string'
              ? s.agency
              : ({ key: resolve(s.agency.code, ['cases', ci, 'steps', si, 'agency'], 'step') } satisfies StepAgency),
          duration: { amount: s.duration.amount, unit: s.duration.unit },
        })),
        ...defined({ note: c.note }),
      })),
      channels: f.channels.map((ch) => ({
        channel: ch.channel,
        fees: ch.fees.map((fee) => ({
          name: fee.name,
          amountVnd: fee.amountVnd,
          basis: fee.basis,
          ...defined({ perUnit: fee.perUnit, caseCode: fee.caseCode, note: fee.note }),
        })),
        ...defined({ time: ch.time && { amount: ch.time.amount, unit: ch.time.unit }, note: ch.note }),
      })),
      ...agencyFreeParts(f),
    };
    return procedure;
  });
  return { procedures, issues, unknownStepAgency, unknownPaths };
}

/**
 * Domain messages name agencies by internal key; the user knows them by the code written in the file. Only quoted
 * keys are replaced, so that a key that happens to be a common word in a message is left alone.
 */
function withAgencyCodes(message: string, codeOfKey: ReadonlyMap<string, string>): string {
  return message.replace(/"([^"]+)"/g, (whole, key: string) => {
    const code = codeOfKey.get(key);
    return code === undefined ? whole : `"${code}"`;
  });
}

function agencyCodesByKey(file: ProcedureFile, procedure: Procedure): Map<string, string> {
  const map = new Map<string, string>();
  map.set(procedure.decidingAgencyKey, file.decidingAgencyCode);
  map.set(procedure.receivingAgencyKey, file.receivingAgencyCode);
  procedure.coordinatingAgencyKeys.forEach((key, k) => map.set(key, file.coordinatingAgencyCodes[k]!));
  procedure.cases.forEach((c, ci) =>
    c.steps.forEach((s, si) => {
      const written = file.cases[ci]!.steps[si]!.agency;
      if (typeof s.agency === 'object' && typeof written === 'object') map.set(s.agency.key, written.code);
    }),
  );
  return map;
}

/**
 * Every check of an import, all of them, never stopping at the first problem: agency codes, the catalog rules of
 * each procedure (procedure.ts), and codes repeated across the file. Issues point at the workbook cell when
 * `sourceRows` is given, else at the JSON path. Write `procedures` only when `issues` is empty.
 */
export function validateImport(
  files: readonly ProcedureFile[],
  resolveAgency: (code: string) => string | undefined,
  knownAgencyKeys: ReadonlySet<string>,
  sourceRows: readonly SourceRows[] = [],
): { procedures: Procedure[]; issues: ImportIssue[] } {
  const converted = convert(files, resolveAgency, sourceRows);
  const issues: ImportIssue[] = [];

  const firstIndexOfCode = new Map<string, number>();
  converted.procedures.forEach((procedure, i) => {
    const file = files[i]!;
    const source = sourceRows[i];
    const codes = agencyCodesByKey(file, procedure);
    issues.push(...converted.issues[i]!);
    const push = (issue: CatalogIssue) => {
      // A step whose agency is unknown may be the very step of a coordinating agency: "no step" would be a guess.
      if (
        issue.code === 'INTER_AGENCY' &&
        issue.path.startsWith('coordinatingAgencyKeys[') &&
        converted.unknownStepAgency.has(i)
      ) {
        return;
      }
      // A field whose agency is unknown is already reported; the catalog rules would report it again as unknown
      // or as not taking part in the procedure.
      if (converted.unknownPaths.has(`${i}|${toFilePath(issue.path)}`)) return;
      issues.push(issueAt(i, source, issue.path, issue.code, withAgencyCodes(issue.message, codes)));
    };
    for (const issue of validateProcedure(procedure, { knownAgencies: knownAgencyKeys })) push(issue);
    const earlier = firstIndexOfCode.get(procedure.code);
    if (earlier === undefined) firstIndexOfCode.set(procedure.code, i);
    else {
      const first = sourceRows[earlier];
      const where =
        first && !isJsonSource(first)
          ? `dòng ${first.row}`
          : `thủ tục thứ ${(first?.jsonIndex ?? earlier) + 1} trong tệp`;
      issues.push(issueAt(i, source, 'code', 'DUPLICATE_CODE', `Mã thủ tục ${procedure.code} đã có ở ${where}`));
    }
  });
  return { procedures: converted.procedures, issues };
}
