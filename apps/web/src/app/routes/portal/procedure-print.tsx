import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-error';
import { procedureHref } from '../../../config/paths';
import { procedureQueryOptions } from '../../../lib/catalog-queries';
import { PrintChecklist } from '../../../features/catalog/components/print-checklist';
import { isMissingProcedure, ProcedureNotFound } from '../../../features/catalog/components/procedure-not-found';
import { vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { centerQueryOptions } from '../../../lib/org-queries';
import { useDocumentTitle } from '../../use-document-title';

/** `/thu-tuc/:code/in`: the checklist alone on an A4 sheet; the toolbar is not printed. */
export function ProcedurePrintRoute() {
  const { t } = useI18n();
  const { code = '' } = useParams();
  const procedure = useQuery(procedureQueryOptions(code));
  const center = useQuery(centerQueryOptions());
  useDocumentTitle(t('print.documentTitle', { code }));

  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Link to={procedureHref(code)}>
          <Button icon={<ArrowLeftOutlined />}>{t('print.back')}</Button>
        </Link>
        <span className="print-toolbar__hint muted small">{t('print.hint')}</span>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!procedure.data}>
          {t('print.print')}
        </Button>
      </div>
      {procedure.isPending ? (
        <div className="print-sheet">
          <Skeleton active paragraph={{ rows: 12 }} />
        </div>
      ) : null}
      {procedure.isError ? (
        <div className="print-sheet">
          {isMissingProcedure(procedure.error) ? (
            <ProcedureNotFound code={code} />
          ) : (
            <QueryError error={procedure.error} onRetry={() => void procedure.refetch()} />
          )}
        </div>
      ) : null}
      {procedure.data ? (
        <PrintChecklist procedure={procedure.data} center={center.data} printedOn={vietnamToday(new Date())} />
      ) : null}
    </div>
  );
}
