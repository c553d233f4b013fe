import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Steps } from 'antd';
import { DossierStatusTag } from '../../../components/ui/dossier-status-tag';
import type { PublicDossier } from '../../../lib/contract-types';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';

/** What a citizen may know of their dossier: status, procedure, dates and how far it has gone. */
export function LookupResult({ dossier }: { dossier: PublicDossier }) {
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
        <div>
          <div className="muted small">{t('lookup.code')}</div>
          <div className="lookup-result__code">{dossier.code}</div>
        </div>
        <DossierStatusTag status={dossier.status} large />
      </div>
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
