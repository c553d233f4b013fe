import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';

/** A 404 or a malformed code: the procedure does not exist (or is not published). */
export const isMissingProcedure = (error: unknown) =>
  isApiError(error) && (error.status === 404 || error.code === 'VALIDATION_FAILED');

export function ProcedureNotFound({ code }: { code: string }) {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('procedure.notFound')}
      subTitle={t('procedure.notFoundText', { code })}
      extra={
        <Link to={paths.procedures}>
          <Button type="primary">{t('procedure.backToCatalog')}</Button>
        </Link>
      }
    />
  );
}
