import { Alert } from 'antd';
import { isApiError } from '../../lib/api-client';
import { useI18n } from '../../lib/i18n';

/**
 * The message of a failed save above a form. Field issues the form shows next to its fields are not
 * repeated; the others (a field the form does not have) are listed.
 */
export function FormErrorAlert({ error, formFields }: { error: unknown; formFields: readonly string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t('common.unexpectedError');
  const others = isApiError(error)
    ? error.fieldIssues.filter((issue) => !formFields.includes(issue.path.split('.')[1] ?? ''))
    : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={
        others.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {others.map((issue) => (
              <li key={issue.path}>
                {issue.path.replace(/^body\./, '')}: {issue.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
