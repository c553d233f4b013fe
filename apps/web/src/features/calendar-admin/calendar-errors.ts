import { isApiError } from '../../lib/api-client';

/**
 * The problems the server lists when it refuses a year (`details.problems`, in Vietnamese: "Ngày 03/01/2026
 * không thuộc năm 2028"…), or else the messages of its field issues.
 */
export function problemsOf(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  if (Array.isArray(problems)) return problems.filter((p): p is string => typeof p === 'string');
  return error.fieldIssues.map((issue) => issue.message);
}
