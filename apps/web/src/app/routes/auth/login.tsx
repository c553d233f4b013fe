import { ArrowLeftOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../../../components/ui/brand-mark';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { paths } from '../../../config/paths';
import { LoginForm } from '../../../features/auth/components/login-form';
import { useI18n } from '../../../lib/i18n';
import { centerQueryOptions, healthQueryOptions } from '../../../lib/org-queries';
import { useDocumentTitle } from '../../use-document-title';

/** Only staff pages may be the target after signing in (never an outside address). */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith(paths.staff.root) ? from : paths.staff.root;
}

export function LoginRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const center = useQuery(centerQueryOptions());
  const health = useQuery(healthQueryOptions());
  useDocumentTitle(t('auth.title'));

  return (
    <div className="login-page">
      <div className="login-page__top">
        <Link to={paths.home} className="login-page__back">
          <ArrowLeftOutlined /> {t('auth.backToPortal')}
        </Link>
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <div className="login-card__brand">
          <BrandMark size={56} />
          <div>
            <div className="login-card__center">{center.data?.name ?? t('portal.defaultCenterName')}</div>
            <Typography.Title level={1} className="page-title" style={{ margin: '4px 0 0' }}>
              {t('auth.title')}
            </Typography.Title>
          </div>
        </div>
        <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
        <LoginForm onSuccess={() => navigate(returnPath(location.state), { replace: true })} />
        {health.data?.demo ? (
          <p className="login-card__demo">
            <InfoCircleOutlined /> {t('auth.demoHint')}
          </p>
        ) : null}
      </Card>
      <p className="login-page__footnote">{t('auth.footnote')}</p>
    </div>
  );
}
