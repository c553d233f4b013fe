import { Alert } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { problemsOf } from '../calendar-errors';

/** A refused save or confirmation: the server's message in the UI language, and each problem on its line. */
export function CalendarErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const problems = problemsOf(error);
  const message = error instanceof Error ? error.message : t('common.unexpectedError');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={problems.length > 0 ? t('calendar.refused') : message}
      description={
        problems.length > 0 ? (
          <ul className="problem-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
