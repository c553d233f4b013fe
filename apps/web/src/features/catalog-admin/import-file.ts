import type { CatalogImportResult, ImportIssue } from '@mot-cua/contracts';
import { isApiError } from '../../lib/api-client';
import type { CatalogFileFormat } from './api/import-catalog';

/** The format of a chosen file by its extension: the server is told which reader to use. */
export function importFormatOf(fileName: string): CatalogFileFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

/**
 * The answer of an import as the page shows it: a 200 answer as it is, a refused apply (422 IMPORT_INVALID,
 * `details.issues` and `details.summary`) as a result that is not valid and wrote nothing.
 */
export function importResultOfError(error: unknown): CatalogImportResult | null {
  if (!isApiError(error) || error.code !== 'IMPORT_INVALID') return null;
  const details = error.details as { issues?: unknown; summary?: unknown } | undefined;
  const issues = Array.isArray(details?.issues) ? (details.issues as ImportIssue[]) : [];
  const summary = details?.summary as CatalogImportResult['summary'] | undefined;
  return {
    valid: false,
    applied: false,
    issues,
    summary: summary ?? { new: 0, updated: 0, unchanged: 0 },
    procedures: [],
  };
}

/** "3", "2–6" or "2, 5, 9": the rows an issue is about (several when it spans them, 0 for the whole file). */
export function issueRows(issue: Pick<ImportIssue, 'row' | 'rows'>): string {
  const rows = issue.rows && issue.rows.length > 0 ? [...issue.rows].sort((a, b) => a - b) : [issue.row];
  if (rows.length === 1) return rows[0] === 0 ? '' : String(rows[0]);
  const consecutive = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  return consecutive ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(', ');
}

/** Excel column letters in their order (`B` before `AA`). */
export function compareColumns(a: string | undefined, b: string | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  return left.length - right.length || left.localeCompare(right);
}

/** Issues in reading order: by sheet as given, then row, then column. */
export function compareIssues(a: ImportIssue, b: ImportIssue): number {
  return a.sheet.localeCompare(b.sheet, 'vi') || a.row - b.row || compareColumns(a.column, b.column);
}
