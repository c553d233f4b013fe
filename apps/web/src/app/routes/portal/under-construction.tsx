import { HomeOutlined, ToolOutlined } from '@ant-design/icons';
import { Button, Result, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { paths } from '../../../config/paths';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/** A public page planned for a later issue (procedure catalog, dossier lookup, appointments). */
export function UnderConstructionRoute({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const query = params.get('q');
  useDocumentTitle(t(title));

  return (
    <PublicLayout>
      <div className="container portal-body">
        <Result
          icon={<ToolOutlined style={{ color: '#0b57a4' }} />}
          title={
            <>
              {t(title)} <Tag color="gold">{t('portal.construction.tag')}</Tag>
            </>
          }
          subTitle={
            <>
              {query ? <p>{t('portal.construction.searched', { q: query })}</p> : null}
              <p>{t('portal.construction.text')}</p>
            </>
          }
          extra={
            <Link to={paths.home}>
              <Button type="primary" icon={<HomeOutlined />}>
                {t('portal.construction.back')}
              </Button>
            </Link>
          }
        />
      </div>
    </PublicLayout>
  );
}
