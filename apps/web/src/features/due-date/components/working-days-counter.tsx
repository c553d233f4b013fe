import { ScheduleOutlined } from '@ant-design/icons';
import type { CalendarEntry } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Tag } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/ui/query-error';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { DATE_FORMAT, type Dayjs, dayjsToPlainDate, plainDateToDayjs } from '../../../lib/dayjs';
import { formatPlainDate, vietnamToday } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { workingDaysQueryOptions } from '../api/get-working-days';

interface FormValues {
  range: [Dayjs | null, Dayjs | null] | null;
}

function DayList({ days, empty }: { days: CalendarEntry[]; empty: string }) {
  const { t } = useI18n();
  if (days.length === 0) return <p className="muted small">{empty}</p>;
  return (
    <ul className="day-list">
      {days.map((d) => (
        <li key={d.date}>
          <span className="day-list__date">{formatDateWithWeekday(d.date, t)}</span>
          {d.pending ? <Tag color="orange">{t('calendar.pending')}</Tag> : null}
          <span className="day-list__reason">{d.reason}</span>
        </li>
      ))}
    </ul>
  );
}

function WorkingDaysResult({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const result = useQuery(workingDaysQueryOptions(from, to));
  if (result.isPending) return <div className="due-result due-result--loading">{t('common.loading')}</div>;
  if (result.isError) return <QueryError error={result.error} onRetry={() => void result.refetch()} />;
  const { count, details, calendarStatus } = result.data;
  const off = details.filter((d) => d.kind === 'NON_WORKING_WEEKDAY' && !d.pending);
  const makeup = details.filter((d) => d.kind === 'WORKING_WEEKEND' && !d.pending);
  const pending = details.filter((d) => d.pending);
  return (
    <div className="due-result" data-testid="working-days-result" aria-live="polite">
      <div className="due-result__label">
        {t('workingDays.resultLabel', { from: formatPlainDate(from), to: formatPlainDate(to) })}
      </div>
      <div className="due-result__date">{t('workingDays.count', { n: count })}</div>
      <p className="muted small">{t('workingDays.bothIncluded')}</p>
      {calendarStatus === 'draft' ? (
        <Alert
          type="warning"
          showIcon
          className="due-result__note"
          title={t('due.draftTitle')}
          description={t('workingDays.draftText')}
        />
      ) : null}
      <h4 className="day-list__title">{t('workingDays.offTitle', { n: off.length })}</h4>
      <DayList days={off} empty={t('workingDays.noneOff')} />
      <h4 className="day-list__title">{t('workingDays.makeupTitle', { n: makeup.length })}</h4>
      <DayList days={makeup} empty={t('workingDays.noneMakeup')} />
      {pending.length ? (
        <>
          <h4 className="day-list__title">{t('workingDays.pendingTitle', { n: pending.length })}</h4>
          <DayList days={pending} empty="" />
        </>
      ) : null}
    </div>
  );
}

/** "Số ngày làm việc giữa hai ngày", with the days off and make-up days in between. */
export function WorkingDaysCounter() {
  const { t } = useI18n();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const today = vietnamToday(new Date());
  return (
    <Card
      className="section-card tool-card"
      title={
        <>
          <ScheduleOutlined /> {t('workingDays.title')}
        </>
      }
    >
      <p className="muted tool-card__intro">{t('workingDays.intro')}</p>
      <Form<FormValues>
        layout="vertical"
        initialValues={{ range: [plainDateToDayjs(today), plainDateToDayjs(today)?.add(1, 'month') ?? null] }}
        onFinish={({ range: picked }) => {
          const from = dayjsToPlainDate(picked?.[0]);
          const to = dayjsToPlainDate(picked?.[1]);
          if (from && to) setRange({ from, to });
        }}
        className="tool-form"
      >
        <Form.Item
          label={t('workingDays.range')}
          name="range"
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            placeholder={[t('workingDays.from'), t('workingDays.to')]}
            allowClear={false}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<ScheduleOutlined />}>
          {t('workingDays.compute')}
        </Button>
      </Form>
      {range ? <WorkingDaysResult from={range.from} to={range.to} /> : null}
    </Card>
  );
}
