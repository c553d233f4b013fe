import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { IntakeWizard } from '../../../features/dossiers/components/intake-wizard';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../use-document-title';

const PROCEDURE_PARAM = 'thu-tuc';

/** "Tiếp nhận hồ sơ" (`/can-bo/tiep-nhan?thu-tuc=3.000333`): the counter intake. */
export function ReceiveRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('menu.receive'));
  const [params, setParams] = useSearchParams();
  const code = params.get(PROCEDURE_PARAM);
  return (
    <>
      <PageHeader title={t('intake.title')} description={t('intake.description')} />
      <IntakeWizard
        procedureCode={code && /^[1-9]\.\d{6}$/.test(code) ? code : null}
        onProcedureChange={(next) => setParams(next ? { [PROCEDURE_PARAM]: next } : {})}
      />
    </>
  );
}
