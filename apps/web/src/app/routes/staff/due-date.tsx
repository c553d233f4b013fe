import { PageHeader } from '../../../components/ui/page-header';
import { DueDateTool } from '../../../features/due-date/components/due-date-tool';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/** "Tính ngày hẹn trả" for every staff user. */
export function StaffDueDateRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('menu.dueDate'));
  return (
    <>
      <PageHeader title={t('menu.dueDate')} description={t('due.pageDescription')} />
      <DueDateTool />
    </>
  );
}
