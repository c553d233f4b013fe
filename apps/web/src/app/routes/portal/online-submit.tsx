import { ArrowLeftOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Result, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { PublicLayout } from '../../../components/layouts/public-layout';
import { procedureHref } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/** `/nop-truc-tuyen/:code`: online submission, still to be built (issue 5). */
export function OnlineSubmitRoute() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  useDocumentTitle(t('onlineSubmit.title'));
  return (
    <PublicLayout>
      <div className="container portal-body">
        <Result
          icon={<SendOutlined style={{ color: '#0b57a4' }} />}
          title={
            <>
              {t('onlineSubmit.title')} <Tag color="gold">{t('portal.construction.tag')}</Tag>
            </>
          }
          subTitle={t('onlineSubmit.text', { code })}
          extra={
            <Link to={procedureHref(code)}>
              <Button type="primary" icon={<ArrowLeftOutlined />}>
                {t('onlineSubmit.back')}
              </Button>
            </Link>
          }
        />
      </div>
    </PublicLayout>
  );
}
