import { CheckOutlined } from '@ant-design/icons';
import type { CalendarEntry } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Empty, Grid, Skeleton, Typography } from 'antd';
import { PageSpinner } from '../../../components/ui/page-spinner';
import { QueryError } from '../../../components/ui/query-error';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { useI18n } from '../../../lib/i18n';
import { calendarProposalQueryOptions } from '../api/get-calendar-proposal';
import { diffEntries } from '../calendar-entries';
import { EntryKindTag } from './entry-kind-tag';

function DayList({ entries }: { entries: readonly CalendarEntry[] }) {
  const { t } = useI18n();
  return (
    <ul className="diff-list">
      {entries.map((e) => (
        <li key={e.date}>
          <span className="diff-list__date">{formatDateWithWeekday(e.date, t)}</span>
          <EntryKindTag entry={e} />
          <span className="diff-list__reason">{e.reason}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Xem dự thảo theo luật": the year as the Labour Code and the lunar calendar propose it, against the days
 * shown now. The proposal never has swapped days or make-up Saturdays (the Prime Minister decides those).
 */
export function ProposalDrawer({
  open,
  year,
  current,
  canEdit,
  onClose,
  onAdopt,
}: {
  open: boolean;
  year: number;
  current: readonly CalendarEntry[];
  canEdit: boolean;
  onClose: () => void;
  onAdopt: (entries: CalendarEntry[], basis: string) => void;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const proposal = useQuery({ ...calendarProposalQueryOptions(year), enabled: open });
  const diff = proposal.data ? diffEntries(current, proposal.data.entries) : null;
  const same = diff && diff.added.length + diff.removed.length + diff.changed.length === 0;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      title={t('calendar.proposalTitle', { year })}
      destroyOnHidden
      footer={
        canEdit && proposal.data && !same ? (
          <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => proposal.data && onAdopt(proposal.data.entries, proposal.data.basis)}
            >
              {t('calendar.adoptProposal')}
            </Button>
          </div>
        ) : undefined
      }
    >
      {proposal.isPending ? <PageSpinner /> : null}
      {proposal.isError ? <QueryError error={proposal.error} onRetry={() => void proposal.refetch()} /> : null}
      {proposal.data && diff ? (
        <>
          <Typography.Paragraph type="secondary">{proposal.data.basis}</Typography.Paragraph>
          <Alert type="info" showIcon title={t('calendar.proposalNote')} style={{ marginBottom: 16 }} />
          {same ? (
            <Empty description={t('calendar.proposalSame')} />
          ) : (
            <>
              <section className="diff-section" data-testid="proposal-added">
                <h4 className="diff-section__title diff-section__title--added">
                  {t('calendar.proposalAdded', { n: diff.added.length })}
                </h4>
                {diff.added.length ? <DayList entries={diff.added} /> : <p className="muted">—</p>}
              </section>
              <section className="diff-section" data-testid="proposal-removed">
                <h4 className="diff-section__title diff-section__title--removed">
                  {t('calendar.proposalRemoved', { n: diff.removed.length })}
                </h4>
                {diff.removed.length ? <DayList entries={diff.removed} /> : <p className="muted">—</p>}
              </section>
              {diff.changed.length ? (
                <section className="diff-section">
                  <h4 className="diff-section__title">{t('calendar.proposalChanged', { n: diff.changed.length })}</h4>
                  <DayList entries={diff.changed.map((c) => c.after)} />
                </section>
              ) : null}
            </>
          )}
          <details className="diff-all">
            <summary>{t('calendar.proposalAll', { n: proposal.data.entries.length })}</summary>
            {proposal.isFetching ? <Skeleton active /> : <DayList entries={proposal.data.entries} />}
          </details>
        </>
      ) : null}
    </Drawer>
  );
}
