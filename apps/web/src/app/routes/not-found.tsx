import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { paths } from '../../config/paths';
import { useI18n } from '../../lib/i18n';
import { useDocumentTitle } from '../use-document-title';

export function NotFoundRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <PublicLayout>
      <div className="container portal-body">
        <Result
          status="404"
          title={t('notFound.title')}
          subTitle={t('notFound.text')}
          extra={
            <Link to={paths.home}>
              <Button type="primary">{t('portal.construction.back')}</Button>
            </Link>
          }
        />
      </div>
    </PublicLayout>
  );
}

/** An unknown address inside the staff area keeps the menu around it. */
export function StaffNotFoundRoute() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text')}
      extra={
        <Link to={paths.staff.root}>
          <Button type="primary">{t('menu.dashboard')}</Button>
        </Link>
      }
    />
  );
}
