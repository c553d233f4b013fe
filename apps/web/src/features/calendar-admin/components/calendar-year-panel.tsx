import {
  CheckCircleOutlined,
  DiffOutlined,
  PlusOutlined,
  SaveOutlined,
  SearchOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { type CalendarEntry, type CalendarYearDto, saveCalendarYearBodySchema } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageSpinner } from '../../../components/ui/page-spinner';
import { QueryError } from '../../../components/ui/query-error';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { schemaRule } from '../../../lib/form-rules';
import { formatDateTime, vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useConfirmCalendarYear } from '../api/confirm-calendar-year';
import { calendarYearQueryOptions } from '../api/get-calendar-year';
import { useSaveCalendarYear } from '../api/save-calendar-year';
import { editedDates, removeEntry, upsertEntry } from '../calendar-entries';
import { yearSummary } from '../calendar-grid';
import { CalendarEntriesTable } from './calendar-entries-table';
import { CalendarErrorAlert } from './calendar-error-alert';
import { DayDetail } from './day-detail';
import { EntryFormDrawer } from './entry-form-drawer';
import { ProposalDrawer } from './proposal-drawer';
import { ReasonModal } from './reason-modal';
import { CalendarLegend, YearCalendar } from './year-calendar';
import { YearPicker } from './year-picker';

interface SaveValues {
  reason: string;
  status: CalendarYearDto['status'];
  basis: string;
}

type EntryDrawer = { open: boolean; entry: CalendarEntry | null; date: string | null };

/**
 * One year of the working calendar: the twelve months, the list of days off and make-up days, and (with
 * calendar.manage) a working copy edited day by day and saved as a whole with a reason.
 */
export function CalendarYearPanel({
  year,
  onYearChange,
  canEdit,
}: {
  year: number;
  onYearChange: (year: number) => void;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const query = useQuery(calendarYearQueryOptions(year));
  const save = useSaveCalendarYear();
  const confirm = useConfirmCalendarYear();
  const [working, setWorking] = useState<CalendarEntry[] | null>(null);
  const [workingBasis, setWorkingBasis] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [drawer, setDrawer] = useState<EntryDrawer>({ open: false, entry: null, date: null });
  const [proposalOpen, setProposalOpen] = useState(false);
  const [saveOpen, setSaveOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);

  const changeYear = (next: number) => {
    if (working === null) return onYearChange(next);
    modal.confirm({
      title: t('calendar.discardTitle'),
      content: t('calendar.discardText', { year }),
      okText: t('calendar.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => onYearChange(next),
    });
  };

  const header = (
    <Flex gap={12} wrap align="center" className="calendar-toolbar">
      <YearPicker value={year} onChange={changeYear} />
      {query.data ? (
        <>
          {query.data.status === 'official' ? (
            <Tag color="green" icon={<CheckCircleOutlined />} className="status-tag">
              {t('calendar.status.official')}
            </Tag>
          ) : (
            <Tag color="gold" className="status-tag">
              {t('calendar.status.draft')}
            </Tag>
          )}
          <Typography.Text type="secondary" className="small">
            {query.data.stored && query.data.updatedAt
              ? t('calendar.updatedAt', { at: formatDateTime(query.data.updatedAt) })
              : t('calendar.notStored')}
          </Typography.Text>
        </>
      ) : null}
      <Flex gap={8} wrap className="calendar-toolbar__actions">
        <Button icon={<DiffOutlined />} onClick={() => setProposalOpen(true)} disabled={!query.data}>
          {t('calendar.viewProposal')}
        </Button>
        {canEdit ? (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setDrawer({ open: true, entry: null, date: null })}
            disabled={!query.data}
          >
            {t('calendar.addEntry')}
          </Button>
        ) : null}
        {canEdit && query.data && (query.data.status === 'draft' || query.data.entries.some((e) => e.pending)) ? (
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            onClick={() => setConfirmOpen(true)}
            disabled={working !== null}
            title={working !== null ? t('calendar.saveFirst') : undefined}
          >
            {t('calendar.confirmYear')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );

  if (query.isPending) {
    return (
      <>
        {header}
        <PageSpinner />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const saved = query.data;
  const entries = working ?? saved.entries;
  const edited = working ? editedDates(saved.entries, working) : new Set<string>();
  const summary = yearSummary(entries);
  const today = vietnamToday(new Date());

  const edit = (next: CalendarEntry[]) => {
    setWorking(next);
    save.reset();
  };
  const remove = (entry: CalendarEntry) => {
    edit(removeEntry(entries, entry.date));
    setSelected(null);
    void message.info(t('calendar.removedPending', { date: formatDateWithWeekday(entry.date, t) }));
  };
  const discard = () => {
    setWorking(null);
    setWorkingBasis(null);
    save.reset();
  };

  return (
    <>
      {header}
      {saved.warning ? (
        <Alert
          type="warning"
          showIcon
          className="calendar-warning"
          role="alert"
          title={saved.status === 'draft' ? t('calendar.draftWarningTitle', { year }) : saved.warning}
          description={saved.status === 'draft' ? saved.warning : t('calendar.pendingWarningText')}
        />
      ) : null}
      <Typography.Paragraph className="calendar-summary">
        {t('calendar.summary', { year, off: summary.off, makeup: summary.makeup })}
        {summary.pending ? ` ${t('calendar.summaryPending', { n: summary.pending })}` : ''}
        <br />
        <span className="muted small">
          {t('calendar.basis')}: {workingBasis ?? saved.basis}
        </span>
      </Typography.Paragraph>

      <Card title={t('calendar.yearView', { year })} className="section-card" extra={<CalendarLegend />}>
        <YearCalendar
          year={year}
          entries={entries}
          today={today}
          selected={selected}
          onSelect={setSelected}
          renderDetail={(date, entry) => (
            <DayDetail
              date={date}
              entry={entry}
              canEdit={canEdit}
              onAdd={(d) => {
                setSelected(null);
                setDrawer({ open: true, entry: null, date: d });
              }}
              onEdit={(e) => {
                setSelected(null);
                setDrawer({ open: true, entry: e, date: null });
              }}
              onRemove={remove}
            />
          )}
        />
      </Card>

      <Card title={t('calendar.entriesTitle', { n: entries.length })} className="section-card">
        <Flex gap={12} wrap align="center" className="table-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('calendar.searchPlaceholder')}
            aria-label={t('calendar.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 360 }}
          />
          <Typography.Text type="secondary">{t('calendar.tableHelp')}</Typography.Text>
        </Flex>
        <CalendarEntriesTable
          entries={entries}
          search={search}
          edited={edited}
          canEdit={canEdit}
          onEdit={(e) => setDrawer({ open: true, entry: e, date: null })}
          onRemove={remove}
          onShowDay={(date) => {
            setSelected(date);
            document.querySelector(`[data-date="${date}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          }}
        />
      </Card>

      {working !== null ? (
        <div className="form-actions calendar-unsaved" role="status">
          <Typography.Text strong className="calendar-unsaved__text">
            {t('calendar.unsaved', { n: edited.size })}
          </Typography.Text>
          <Space wrap>
            <Button icon={<UndoOutlined />} onClick={discard}>
              {t('calendar.discardChanges')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} onClick={() => setSaveOpen(true)}>
              {t('calendar.saveYear')}
            </Button>
          </Space>
        </div>
      ) : null}

      <EntryFormDrawer
        open={drawer.open}
        year={year}
        entry={drawer.entry}
        initialDate={drawer.date}
        entries={entries}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
        onSubmit={(entry, previousDate) => {
          edit(upsertEntry(entries, entry, previousDate));
          setDrawer((d) => ({ ...d, open: false }));
        }}
      />

      <ProposalDrawer
        open={proposalOpen}
        year={year}
        current={entries}
        canEdit={canEdit}
        onClose={() => setProposalOpen(false)}
        onAdopt={(proposed, basis) => {
          edit(proposed);
          setWorkingBasis(basis);
          setProposalOpen(false);
          void message.info(t('calendar.proposalAdopted'));
        }}
      />

      <ReasonModal<SaveValues>
        open={saveOpen}
        title={t('calendar.saveTitle', { year })}
        intro={<Typography.Text type="secondary">{t('calendar.saveIntro', { n: edited.size })}</Typography.Text>}
        okText={t('calendar.saveYear')}
        initialValues={{ status: saved.status, basis: workingBasis ?? saved.basis }}
        pending={save.isPending}
        error={<CalendarErrorAlert error={save.error} />}
        onCancel={() => {
          setSaveOpen(false);
          save.reset();
        }}
        onSubmit={(values) =>
          save.mutate(
            {
              year,
              body: { status: values.status, basis: values.basis.trim(), entries, reason: values.reason.trim() },
            },
            {
              onSuccess: () => {
                setSaveOpen(false);
                setWorking(null);
                setWorkingBasis(null);
                void message.success(t('calendar.saved', { year }));
              },
            },
          )
        }
      >
        <Form.Item label={t('common.status')} name="status" extra={t('calendar.statusHelp')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'draft', label: t('calendar.status.draft') },
              { value: 'official', label: t('calendar.status.official') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('calendar.basis')}
          name="basis"
          required
          rules={[schemaRule(saveCalendarYearBodySchema.shape.basis, t)]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </ReasonModal>

      <ReasonModal
        open={confirmOpen}
        title={t('calendar.confirmTitle', { year })}
        intro={
          <Alert
            type="info"
            showIcon
            title={t('calendar.confirmIntro', { year })}
            description={summary.pending ? t('calendar.confirmPending', { n: summary.pending }) : undefined}
          />
        }
        okText={t('calendar.confirmYear')}
        reasonLabel={t('calendar.confirmReason')}
        reasonPlaceholder={t('calendar.confirmReasonPlaceholder')}
        pending={confirm.isPending}
        error={<CalendarErrorAlert error={confirm.error} />}
        onCancel={() => {
          setConfirmOpen(false);
          confirm.reset();
        }}
        onSubmit={(values) =>
          confirm.mutate(
            { year, body: { reason: values.reason.trim() } },
            {
              onSuccess: () => {
                setConfirmOpen(false);
                void message.success(t('calendar.confirmed', { year }));
              },
            },
          )
        }
      />
    </>
  );
}
