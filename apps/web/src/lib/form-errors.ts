import type { FormInstance } from 'antd';
import { isApiError } from './api-client';

export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * Server field issues (`body.officeHours.0.name`) → antd form fields (`['officeHours', 0, 'name']`).
 * Only issues under `body` belong to a form; several issues on one field are kept together.
 */
export function fieldErrorsFromIssues(issues: { path: string; message: string }[]): FormFieldError[] {
  const byField = new Map<string, FormFieldError>();
  for (const issue of issues) {
    const segments = issue.path.split('.');
    if (segments[0] !== 'body' || segments.length < 2) continue;
    const name = segments.slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const key = name.join('.');
    const existing = byField.get(key);
    if (existing) existing.errors.push(issue.message);
    else byField.set(key, { name, errors: [issue.message] });
  }
  return [...byField.values()];
}

/** The field errors carried by an error thrown by the API client (none for other errors). */
export function fieldErrorsOf(error: unknown): FormFieldError[] {
  return isApiError(error) ? fieldErrorsFromIssues(error.fieldIssues) : [];
}

/**
 * Shows the server's field errors next to the fields of an antd form. `rename` maps a server path onto
 * the form's own field (e.g. two time fields shown as one range).
 */
export function showServerFieldErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  rename: (name: (string | number)[]) => (string | number)[] = (name) => name,
): void {
  const fields = fieldErrorsOf(error).map((f) => ({ name: rename(f.name), errors: f.errors }));
  // Server paths are only known at run time; antd ignores names the form does not have.
  form.setFields(fields as unknown as Parameters<FormInstance<T>['setFields']>[0]);
}
