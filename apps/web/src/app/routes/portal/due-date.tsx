import { PublicLayout } from '../../../components/layouts/public-layout';
import { DueDateTool } from '../../../features/due-date/components/due-date-tool';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/** The same calculators for citizens: when will my result be ready? */
export function PortalDueDateRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('menu.dueDate'));
  return (
    <PublicLayout>
      <div className="container portal-body">
        <div className="portal-page-head">
          <h2 className="portal-page-head__title">{t('menu.dueDate')}</h2>
          <p className="portal-page-head__text">{t('due.publicDescription')}</p>
        </div>
        <DueDateTool />
      </div>
    </PublicLayout>
  );
}
