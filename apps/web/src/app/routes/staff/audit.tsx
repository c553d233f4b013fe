import { Card } from 'antd';
import { PageHeader } from '../../../components/ui/page-header';
import { AuditLogTable } from '../../../features/audit/components/audit-log-table';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

export function AuditRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('audit.title'));
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card className="section-card">
        <AuditLogTable />
      </Card>
    </>
  );
}
