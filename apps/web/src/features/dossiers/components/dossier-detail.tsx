import { ArrowLeftOutlined, ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import type { DossierDetail } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Skeleton, Table, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { DossierStatusTag } from '../../../components/ui/dossier-status-tag';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-client';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { formatDateTime, formatPlainDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { dossierQueryOptions } from '../api/get-dossier';
import { ApplicantCard } from './applicant-card';
import { AttachmentsCard } from './attachments-card';
import { ControlSheet } from './control-sheet';
import { DossierActions } from './dossier-actions';
import { DossierSteps, outcomeColors } from './dossier-steps';
import { DossierTimeline } from './dossier-timeline';
import { FormsCard, formNumberOf } from './forms-card';

/** `/can-bo/ho-so/:id`: everything about one dossier, and the actions the server allows the user now. */
export function DossierDetailView({
  id,
  canReveal,
  backHref,
  backLabel,
}: {
  id: string;
  canReveal: boolean;
  backHref: string;
  backLabel: string;
}) {
  const { t } = useI18n();
  const dossier = useQuery(dossierQueryOptions(id));
  const [conflict, setConflict] = useState(false);

  const back = (
    <Link to={backHref} className="dossier-back">
      <ArrowLeftOutlined /> {backLabel}
    </Link>
  );

  if (dossier.isPending) {
    return (
      <>
        {back}
        <Card className="section-card">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (dossier.isError) {
    const missing = isApiError(dossier.error) && (dossier.error.status === 404 || dossier.error.status === 400);
    return (
      <>
        {back}
        <Card className="section-card">
          {missing ? (
            <Result status="404" title={t('dossier.notFound')} subTitle={t('dossier.notFoundText')} />
          ) : (
            <QueryError error={dossier.error} onRetry={() => void dossier.refetch()} />
          )}
        </Card>
      </>
    );
  }

  const d = dossier.data;
  return (
    <div className="dossier-page" data-testid="dossier-detail">
      {back}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: () => setConflict(false) }}
          title={t('dossier.conflictTitle')}
          description={t('dossier.conflictText')}
          className="dossier-conflict"
          data-testid="dossier-conflict"
        />
      ) : null}
      <DossierHeader
        dossier={d}
        onConflict={() => setConflict(true)}
        onDone={() => setConflict(false)}
        refreshing={dossier.isFetching}
        onRefresh={() => void dossier.refetch()}
      />
      <div className="dossier-grid">
        <div className="dossier-main">
          <Card title={t('dossier.steps')} className="section-card">
            <DossierSteps dossier={d} />
          </Card>
          <Card title={t('dossier.timeline')} className="section-card">
            <DossierTimeline dossier={d} />
          </Card>
          <Card
            title={t('dossier.controlSheet', { number: formNumberOf('control-sheet', dossier.data.ruleSet) })}
            className="section-card"
          >
            <ControlSheet dossier={d} />
          </Card>
        </div>
        <div className="dossier-aside">
          <ApplicantCard dossier={d} canReveal={canReveal} />
          <Card title={t('dossier.documents')} className="section-card">
            <DocumentsList dossier={d} />
          </Card>
          <FormsCard dossier={d} />
          <AttachmentsCard dossier={d} />
        </div>
      </div>
    </div>
  );
}

function DossierHeader({
  dossier: d,
  onConflict,
  onDone,
  refreshing,
  onRefresh,
}: {
  dossier: DossierDetail;
  onConflict: () => void;
  onDone: () => void;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { t } = useI18n();
  const rescheduled = d.originalDueDate && d.dueDate && d.originalDueDate !== d.dueDate && d.apologyCount > 0;
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'deciding', label: t('dossiers.decidingAgency'), value: d.decidingAgency.name },
    { key: 'current', label: t('dossier.currentAgency'), value: d.currentAgency?.name ?? '—' },
    {
      key: 'received',
      label: d.receivedAt ? t('dossier.receivedAt') : t('dossier.submittedAt'),
      value: formatDateTime(d.receivedAt ?? d.submittedAt) || '—',
    },
    {
      key: 'due',
      label: t('dossiers.dueDate'),
      value: d.dueDate ? (
        <span className="dossier-due">
          <span className={d.overdue ? 'dossier-due__date dossier-due__date--late' : 'dossier-due__date'}>
            {formatDateWithWeekday(d.dueDate, t)}
          </span>
          {d.overdue ? <Tag color="red">{t('dossiers.overdue')}</Tag> : null}
          {rescheduled ? <Tag color="gold">{t('dossier.apologized')}</Tag> : null}
          {rescheduled ? (
            <span className="muted small">
              {t('dossier.originalDue', { date: formatPlainDate(d.originalDueDate) })}
            </span>
          ) : null}
        </span>
      ) : (
        '—'
      ),
    },
    { key: 'channel', label: t('dossier.channel'), value: t(`dossierChannel.${d.channel}`) },
    { key: 'delivery', label: t('dossier.resultDelivery'), value: t(`resultDelivery.${d.resultDelivery}`) },
  ];
  if (d.resultReadyAt) {
    facts.push({ key: 'ready', label: t('dossier.resultReadyAt'), value: formatDateTime(d.resultReadyAt) });
  }
  if (d.returnedAt)
    facts.push({ key: 'returned', label: t('dossier.returnedAt'), value: formatDateTime(d.returnedAt) });
  if (d.outcome) {
    facts.push({
      key: 'outcome',
      label: t('dossier.outcome'),
      value: <Tag color={outcomeColors[d.outcome]}>{t(`outcome.${d.outcome}`)}</Tag>,
    });
  }

  return (
    <Card className="section-card dossier-head">
      <div className="dossier-head__top">
        <div className="dossier-head__id">
          {/* The dossier code is the page's h1 (screen readers jump by heading). */}
          <h1
            className={d.code ? 'dossier-head__code' : 'dossier-head__code dossier-head__code--none'}
            data-testid="dossier-code"
          >
            {d.code ?? t('dossiers.noCode')}
          </h1>
          <DossierStatusTag status={d.status} large />
        </div>
        <Button size="small" icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
          {t('common.refresh')}
        </Button>
      </div>
      <h2 className="dossier-head__procedure">
        <span className="proc-code">{d.procedure.code}</span> {d.procedure.name}
      </h2>
      {d.overdue ? (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          title={t('dossier.overdueTitle', { date: d.dueDate ? formatPlainDate(d.dueDate) : '' })}
          description={t('dossier.overdueText')}
          className="dossier-head__alert"
        />
      ) : null}
      <dl className="dossier-head__facts">
        {facts.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <DossierActions dossier={d} onConflict={onConflict} onDone={onDone} />
    </Card>
  );
}

function DocumentsList({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  return (
    <Table
      rowKey="checklistItemId"
      size="small"
      pagination={false}
      dataSource={dossier.documents}
      locale={{ emptyText: t('dossier.noDocuments') }}
      columns={[
        { title: t('checklist.document'), dataIndex: 'name' },
        { title: t('procedure.originals'), dataIndex: 'originals', width: 80, align: 'center' },
        { title: t('procedure.copies'), dataIndex: 'copies', width: 70, align: 'center' },
      ]}
      footer={() => <span className="muted small">{t('dossier.sets', { n: dossier.sets })}</span>}
    />
  );
}
