import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useI18n } from '../../lib/i18n';

/** Shown when a page crashes: a way back instead of a blank screen. */
export function RouteErrorBoundary() {
  const { t } = useI18n();
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="500"
      title={t('errorPage.title')}
      subTitle={t('errorPage.text')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </Button>
      }
    />
  );
}
