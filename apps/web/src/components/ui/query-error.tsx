import { Alert, Button } from 'antd';
import { useI18n } from '../../lib/i18n';

/** A failed load: the server's message (already in the UI language) and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = error instanceof Error ? error.message : t('common.loadFailed');
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadFailed')}
      description={message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
