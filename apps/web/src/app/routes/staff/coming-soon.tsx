import { Card } from 'antd';
import { ComingSoon } from '../../../components/ui/coming-soon';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

/** A staff function planned for a later issue (intake, processing, approval, issuing, reports). */
export function StaffComingSoonRoute({ title, description }: { title: MessageKey; description: MessageKey }) {
  const { t } = useI18n();
  useDocumentTitle(t(title));
  return (
    <Card className="section-card">
      <ComingSoon title={t(title)} description={t(description)} />
    </Card>
  );
}
