import {
  CheckCircleFilled,
  ExclamationCircleFilled,
  FolderOpenOutlined,
  PlusOutlined,
  PrinterOutlined,
  StopFilled,
} from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { dossierHref } from '../../../config/paths';
import type { DossierCreated } from '../../../lib/contract-types';
import { formatAppointment, formatDateWithWeekday } from '../../../lib/date-labels';
import { formatDateTime } from '../../../lib/format';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { dossierFormUrl } from '../api/get-dossier-form';
import { intakeFormKind } from '../intake-form';

const outcome: Record<
  'receipt' | 'supplement-request' | 'refusal',
  { title: MessageKey; text: MessageKey; print: MessageKey; icon: ReactNode; tone: string }
> = {
  receipt: {
    title: 'intake.result.received',
    text: 'intake.result.receivedText',
    print: 'intake.printReceipt',
    icon: <CheckCircleFilled />,
    tone: 'success',
  },
  'supplement-request': {
    title: 'intake.result.returned',
    text: 'intake.result.returnedText',
    print: 'intake.printSupplement',
    icon: <ExclamationCircleFilled />,
    tone: 'warning',
  },
  refusal: {
    title: 'intake.result.refused',
    text: 'intake.result.refusedText',
    print: 'intake.printRefusal',
    icon: <StopFilled />,
    tone: 'error',
  },
};

/** After the intake: the code in large type, the appointment, and the form to print for the applicant. */
export function IntakeResult({
  created,
  procedureName,
  applicantName,
  onNew,
}: {
  created: DossierCreated;
  procedureName: string;
  applicantName: string;
  onNew: () => void;
}) {
  const { t } = useI18n();
  const kind = intakeFormKind(created.status) ?? 'receipt';
  const view = outcome[kind];
  return (
    <Card className="section-card intake-result" data-testid="intake-result">
      <div className={`intake-result__icon intake-result__icon--${view.tone}`}>{view.icon}</div>
      <h2 className="intake-result__title">{t(view.title)}</h2>
      {created.code ? (
        <div className="intake-result__code-block">
          <div className="intake-result__label">{t('dossiers.code')}</div>
          <div className="intake-result__code" data-testid="intake-code">
            {created.code}
          </div>
        </div>
      ) : null}
      {created.dueAt || created.dueDate ? (
        <div className="intake-result__due" data-testid="intake-due">
          {t('intake.result.due', {
            date: created.dueAt ? formatAppointment(created.dueAt, t) : formatDateWithWeekday(created.dueDate ?? '', t),
          })}
        </div>
      ) : null}
      <dl className="intake-result__facts">
        <dt>{t('dossiers.procedure')}</dt>
        <dd>{procedureName}</dd>
        <dt>{t('dossiers.applicant')}</dt>
        <dd>{applicantName}</dd>
        {created.receivedAt ? (
          <>
            <dt>{t('dossier.receivedAt')}</dt>
            <dd>{formatDateTime(created.receivedAt)}</dd>
          </>
        ) : null}
      </dl>
      <p className="muted intake-result__text">{t(view.text)}</p>
      <div className="intake-result__actions">
        <Button
          type="primary"
          size="large"
          icon={<PrinterOutlined />}
          href={dossierFormUrl(created.id, kind)}
          target="_blank"
          rel="noopener"
        >
          {t(view.print)}
        </Button>
        <Link to={dossierHref(created.id)}>
          <Button size="large" icon={<FolderOpenOutlined />}>
            {t('intake.openDossier')}
          </Button>
        </Link>
        <Button size="large" icon={<PlusOutlined />} onClick={onNew}>
          {t('intake.newIntake')}
        </Button>
      </div>
    </Card>
  );
}
