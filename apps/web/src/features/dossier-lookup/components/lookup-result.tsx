import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Steps } from 'antd';
import { DossierStatusTag } from '../../../components/ui/dossier-status-tag';
import type { PublicDossier } from '../../../lib/contract-types';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { ResubmitPanel } from './resubmit-panel';

/**
 * What a citizen may know of their dossier: status, procedure, dates and how far it has gone; what to complete
 * when it waits for them, why it was refused or stopped, and (online, sent back at intake) a way to send it again.
 */
export function LookupResult({ dossier, verify }: { dossier: PublicDossier; verify: string }) {
  const { t } = useI18n();
  const current = dossier.steps.findIndex((s) => s.current);
  const done = dossier.steps.filter((s) => s.completedAt).length;
  const facts = [
    { key: 'procedure', label: t('lookup.procedure'), value: dossier.procedureName },
    { key: 'applicant', label: t('lookup.applicant'), value: dossier.applicantName },
    { key: 'received', label: t('lookup.receivedAt'), value: formatDateTime(dossier.receivedAt) || '—' },
    {
      key: 'due',
      label: t('lookup.dueDate'),
      value: dossier.dueDate ? <strong>{formatDateWithWeekday(dossier.dueDate, t)}</strong> : '—',
    },
  ];
  if (dossier.resultReadyAt) {
    facts.push({ key: 'ready', label: t('lookup.resultReadyAt'), value: formatDateTime(dossier.resultReadyAt) });
  }
  if (dossier.returnedAt) {
    facts.push({ key: 'returned', label: t('lookup.returnedAt'), value: formatDateTime(dossier.returnedAt) });
  }
  return (
    <Card className="portal-card lookup-result" data-testid="lookup-result">
      <div className="lookup-result__head">
        {dossier.code ? (
          <div>
            <div className="muted small">{t('lookup.code')}</div>
            <div className="lookup-result__code">{dossier.code}</div>
          </div>
        ) : (
          <div>
            <div className="muted small">{t('lookup.reference')}</div>
            <div className="lookup-result__code lookup-result__code--reference">{dossier.reference}</div>
            <div className="muted small">{t('lookup.referenceNote')}</div>
          </div>
        )}
        <DossierStatusTag status={dossier.status} large />
      </div>
      {dossier.supplementItems.length ? (
        <Alert
          type="warning"
          showIcon
          className="lookup-result__alert"
          data-testid="lookup-supplement"
          title={t('lookup.supplementTitle')}
          description={
            <>
              <p>{t('lookup.supplementText')}</p>
              <ol className="lookup-result__items">
                {dossier.supplementItems.map((item, i) => (
                  <li key={i}>
                    <strong>{item.name}</strong>
                    {item.reason ? <> — {item.reason}</> : null}
                  </li>
                ))}
              </ol>
            </>
          }
        />
      ) : null}
      {dossier.reason ? (
        <Alert
          type="error"
          showIcon
          className="lookup-result__alert"
          title={t('lookup.reasonTitle')}
          description={dossier.reason}
        />
      ) : null}
      {dossier.canResubmit ? <ResubmitPanel reference={dossier.reference} verify={verify} /> : null}
      <dl className="lookup-result__facts">
        {facts.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {dossier.steps.length ? (
        <>
          <h3 className="lookup-result__subtitle">{t('lookup.progress')}</h3>
          <Steps
            orientation="vertical"
            size="small"
            current={current >= 0 ? current : done}
            items={dossier.steps.map((s, i) => ({
              key: i,
              status: s.completedAt ? 'finish' : s.current ? 'process' : 'wait',
              title: s.name,
              content: (
                <span className="muted small">
                  {s.agency ?? ''}
                  {s.completedAt ? (
                    <>
                      {s.agency ? ' · ' : ''}
                      <CheckCircleFilled className="lookup-step__done" /> {formatDateTime(s.completedAt)}
                    </>
                  ) : s.current ? (
                    <>
                      {s.agency ? ' · ' : ''}
                      <ClockCircleOutlined /> {t('lookup.stepCurrent')}
                    </>
                  ) : null}
                </span>
              ),
            }))}
          />
        </>
      ) : null}
      <p className="muted small lookup-result__privacy">{t('lookup.privacy')}</p>
    </Card>
  );
}
