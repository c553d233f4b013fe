import type { FormRule } from 'antd';
import type { Translate } from './i18n';

/** The part of a zod schema a form rule needs (kept structural so the web does not depend on zod itself). */
export interface ParsingSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly ZodLikeIssue[] } };
}

interface ZodLikeIssue {
  code: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  input?: unknown;
}

/** An issue of a contracts schema → a message in the UI language. */
export function issueMessage(issue: ZodLikeIssue, t: Translate): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('validation.required') : t('validation.invalid');
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.minLength', { min: String(issue.minimum) });
      }
      if (issue.origin === 'array') return t('validation.minItems', { min: String(issue.minimum) });
      return t('validation.min', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { max: String(issue.maximum) });
      if (issue.origin === 'array') return t('validation.maxItems', { max: String(issue.maximum) });
      return t('validation.max', { max: String(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      return t('validation.format');
    default:
      return t('validation.invalid');
  }
}

/**
 * An antd rule that validates a field with the same contracts schema the server uses.
 * Empty inputs ('' or undefined) are passed as `undefined`, so optional fields stay optional.
 * `formatHint` replaces the generic "wrong format" message (e.g. the expected pattern of a code).
 */
export function schemaRule(schema: ParsingSchema, t: Translate, formatHint?: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const input = value === '' ? undefined : value;
      const result = schema.safeParse(input);
      if (result.success) return;
      const issue = result.error?.issues[0];
      if (!issue) throw new Error(t('validation.invalid'));
      if (issue.code === 'invalid_format' && issue.format === 'regex' && formatHint) throw new Error(formatHint);
      throw new Error(issueMessage(issue, t));
    },
  };
}
