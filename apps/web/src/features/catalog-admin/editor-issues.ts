import type { ProcedureIssue } from '@mot-cua/contracts';
import { isApiError } from '../../lib/api-client';

/**
 * Where the editor shows a problem: the server names it by a path in the exchange format
 * (`cases[0].steps[1].duration`, `decidingAgencyCode`), the editor by a tab and a form field. Pure mapping, so
 * that clicking an issue opens the right tab and focuses the field (or scrolls to the list it is about).
 */

export type EditorTab = 'general' | 'cases' | 'channels' | 'documents' | 'results' | 'history';
export const EDITOR_TABS: readonly EditorTab[] = ['general', 'cases', 'channels', 'documents', 'results', 'history'];

export type PathSegment = string | number;

export interface PathToken {
  /** A field name (`cases`), or a list element (`0`, or an identity such as `1.001193.01` in a diff path). */
  kind: 'field' | 'item';
  value: string;
}

/**
 * Splits a path into field names and list elements: `cases[1.001193.01].steps[2].name`, `body.cases.0.name`
 * (zod) or `checklist[to-khai].copies`. Dots inside brackets belong to the element (case codes have dots).
 */
export function tokenizePath(path: string): PathToken[] {
  const tokens: PathToken[] = [];
  const text = path.replace(/^body(\.|$)/, '');
  let i = 0;
  let field = '';
  const flush = () => {
    if (field) tokens.push(/^\d+$/.test(field) ? { kind: 'item', value: field } : { kind: 'field', value: field });
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '.') {
      flush();
      i++;
    } else if (ch === '[') {
      flush();
      // The element ends at the first `]` followed by `.`, `[` or the end of the path.
      let end = i + 1;
      while (end < text.length && !(text[end] === ']' && (end + 1 === text.length || '.['.includes(text[end + 1]!)))) {
        end++;
      }
      tokens.push({ kind: 'item', value: text.slice(i + 1, end) });
      i = end + 1;
    } else {
      field += ch;
      i++;
    }
  }
  flush();
  return tokens;
}

/** `cases[0].steps[1].name` → `['cases', 0, 'steps', 1, 'name']` (the form's field names); reads zod paths too. */
export function parsePath(path: string): PathSegment[] {
  return tokenizePath(path).map((t) => (t.kind === 'item' && /^\d+$/.test(t.value) ? Number(t.value) : t.value));
}

const TAB_OF_ROOT: Record<string, EditorTab> = {
  cases: 'cases',
  channels: 'channels',
  checklist: 'documents',
  results: 'results',
  legalBases: 'results',
};

/** The tab holding a field (everything about the procedure itself is on "Thông tin chung"). */
export function tabOfPath(path: string | readonly PathSegment[]): EditorTab {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  return TAB_OF_ROOT[String(segments[0] ?? '')] ?? 'general';
}

/** Durations are edited as an amount and a unit: an issue on the duration focuses its amount. */
const DURATION_FIELDS = new Set(['duration', 'legalTime', 'time']);
/** Lists edited as one multiple select or one text box. */
const WHOLE_LIST_FIELDS = new Set(['coordinatingAgencyCodes', 'notes', 'caseCodes']);
/** Fields of the exchange format the editor does not show. */
const HIDDEN_ROOTS = new Set(['relatedCodes', 'sources', 'seedRow', 'seedSrc']);

export interface IssueTarget {
  tab: EditorTab;
  /** The form field to focus, when the issue is about one field. */
  field: PathSegment[] | null;
  /** DOM ids to scroll to, most precise first (`procedure-cases-0-steps`, then `procedure-cases-0`…). */
  anchors: string[];
}

/** The id of the element wrapping a part of the editor, e.g. `procedure-cases-0-steps`. */
export function anchorId(segments: readonly PathSegment[]): string {
  return ['procedure', ...segments].join('-');
}

export function issueTarget(path: string): IssueTarget {
  const segments = parsePath(path);
  const tab = tabOfPath(segments);
  let field: PathSegment[] | null = [...segments];
  const last = field[field.length - 1];
  if (segments.length === 0 || HIDDEN_ROOTS.has(String(segments[0]))) field = null;
  else if (typeof last === 'number' && WHOLE_LIST_FIELDS.has(String(field[field.length - 2])))
    field = field.slice(0, -1);
  else if (typeof last === 'string' && DURATION_FIELDS.has(last)) field = [...field, 'amount'];
  else if (last === 'order') field = [...field.slice(0, -1), 'name'];
  // A whole list (`cases`, `cases[0].steps`, `channels`) is not a field: scroll to it instead.
  else if (
    typeof last === 'string' &&
    ['cases', 'steps', 'channels', 'checklist', 'results', 'legalBases', 'fees'].includes(last)
  ) {
    field = null;
  } else if (typeof last === 'number') field = null;
  const anchors: string[] = [];
  for (let n = segments.length; n >= 1; n--) anchors.push(anchorId(segments.slice(0, n)));
  anchors.push(`procedure-tab-${tab}`);
  return { tab, field, anchors };
}

/** How many issues each tab has (the tab labels show it). */
export function issuesPerTab(issues: readonly { path: string }[]): Partial<Record<EditorTab, number>> {
  const counts: Partial<Record<EditorTab, number>> = {};
  for (const issue of issues) {
    const tab = tabOfPath(issue.path);
    counts[tab] = (counts[tab] ?? 0) + 1;
  }
  return counts;
}

/** Issues on form fields, grouped per field, for `form.setFields` (the messages show under the fields). */
export function fieldErrorsOfIssues(issues: readonly ProcedureIssue[]): { name: PathSegment[]; errors: string[] }[] {
  const byField = new Map<string, { name: PathSegment[]; errors: string[] }>();
  for (const issue of issues) {
    const { field } = issueTarget(issue.path);
    if (!field) continue;
    const key = JSON.stringify(field);
    const entry = byField.get(key);
    if (entry) entry.errors.push(issue.message);
    else byField.set(key, { name: field, errors: [issue.message] });
  }
  return [...byField.values()];
}

function isIssue(value: unknown): value is ProcedureIssue {
  const v = value as Partial<ProcedureIssue> | null;
  return typeof v === 'object' && v !== null && typeof v.path === 'string' && typeof v.message === 'string';
}

/**
 * The catalog issues carried by a refused write: `details.issues` (PROCEDURE_INVALID, VALIDATION_FAILED of the
 * catalog rules) or, for a body the schema refused, its field issues (`body.cases.0.name` → `cases[0].name`).
 */
export function issuesFromError(error: unknown): ProcedureIssue[] {
  if (!isApiError(error)) return [];
  const details = error.details as { issues?: unknown } | undefined;
  if (Array.isArray(details?.issues)) {
    return details.issues
      .filter(isIssue)
      .map((i) => ({ path: i.path, code: String(i.code ?? ''), message: i.message }));
  }
  return error.fieldIssues.map((f) => ({ path: toIssuePath(f.path), code: 'SCHEMA', message: f.message }));
}

/** `body.cases.0.steps.1.name` → `cases[0].steps[1].name`. */
export function toIssuePath(path: string): string {
  return parsePath(path)
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`))
    .join('');
}

/** A form validation failure (`errorFields` of antd) → issues, so that both show the same way. */
export function issuesFromFormErrors(
  errorFields: readonly { name: PathSegment[]; errors: string[] }[],
): ProcedureIssue[] {
  return errorFields.flatMap((f) =>
    f.errors.map((message) => ({ path: toIssuePath(f.name.map(String).join('.')), code: 'FORM', message })),
  );
}
