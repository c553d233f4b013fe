import { CalculatorOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { DurationUnit, type DurationUnit as Unit, MAX_DURATION_AMOUNT } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Select, TimePicker } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/ui/query-error';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { DATE_FORMAT, type Dayjs, dayjsToPlainDate, plainDateToDayjs, timeToDayjs } from '../../../lib/dayjs';
import { vietnamDateTimeParts } from '../../../lib/format';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { type DueQuery, dueDateQueryOptions } from '../api/get-due-date';
import { dueQueryOf, startsLater } from '../due-date-values';

interface FormValues {
  date: Dayjs | null;
  time: Dayjs | null;
  amount: number | null;
  unit: Unit;
}

export const unitLabels: Record<Unit, MessageKey> = {
  WORKING_DAY: 'due.unit.WORKING_DAY',
  CALENDAR_DAY: 'due.unit.CALENDAR_DAY',
  WORKING_HOUR: 'due.unit.WORKING_HOUR',
  SAME_DAY: 'due.unit.SAME_DAY',
};

const unitRules: Record<Unit, MessageKey> = {
  WORKING_DAY: 'due.rule.WORKING_DAY',
  CALENDAR_DAY: 'due.rule.CALENDAR_DAY',
  WORKING_HOUR: 'due.rule.WORKING_HOUR',
  SAME_DAY: 'due.rule.SAME_DAY',
};

function DueResult({ query }: { query: DueQuery }) {
  const { t } = useI18n();
  const due = useQuery(dueDateQueryOptions(query));
  if (due.isPending) return <div className="due-result due-result--loading">{t('common.loading')}</div>;
  if (due.isError) return <QueryError error={due.error} onRetry={() => void due.refetch()} />;
  const at = vietnamDateTimeParts(due.data.dueAt);
  const start = vietnamDateTimeParts(due.data.effectiveStart);
  return (
    <div className="due-result" data-testid="due-result" aria-live="polite">
      <div className="due-result__label">{t('due.resultLabel')}</div>
      <div className="due-result__date">{formatDateWithWeekday(due.data.dueDate, t)}</div>
      {at ? (
        <div className="due-result__time">
          <ClockCircleOutlined /> {t('due.resultTime', { time: at.time })}
        </div>
      ) : null}
      {start && startsLater(query.receivedAt, due.data.effectiveStart) ? (
        <Alert
          type="info"
          showIcon
          className="due-result__note"
          title={t('due.countsFrom', { date: formatDateWithWeekday(start.date, t), time: start.time })}
          description={t('due.countsFromWhy')}
        />
      ) : null}
      {due.data.calendarStatus === 'draft' ? (
        <Alert
          type="warning"
          showIcon
          className="due-result__note"
          title={t('due.draftTitle')}
          description={t('due.draftText')}
        />
      ) : null}
      <p className="due-result__rule muted small">{t(unitRules[query.unit])}</p>
    </div>
  );
}

/**
 * "Tính ngày hẹn trả": a receipt date and time (Vietnam time) and a legal time → the appointment, by the
 * server's rules (working calendar, office hours, settings).
 */
export function DueDateCalculator({ initial }: { initial?: { amount: number; unit: Unit } | null }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const unit = Form.useWatch('unit', form);
  const [query, setQuery] = useState<DueQuery | null>(null);
  const [now] = useState(() => vietnamDateTimeParts(new Date().toISOString())!);

  const onFinish = (values: FormValues) => {
    setQuery(
      dueQueryOf({
        date: dayjsToPlainDate(values.date) ?? undefined,
        time: values.time?.format('HH:mm'),
        amount: values.amount ?? undefined,
        unit: values.unit,
      }),
    );
  };

  return (
    <Card
      className="section-card tool-card"
      title={
        <>
          <CalculatorOutlined /> {t('due.title')}
        </>
      }
    >
      <p className="muted tool-card__intro">{t('due.intro')}</p>
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          date: plainDateToDayjs(now.date),
          time: timeToDayjs(now.time),
          amount: initial?.amount ?? 5,
          unit: initial?.unit ?? DurationUnit.WORKING_DAY,
        }}
        className="tool-form"
      >
        <div className="tool-form__row">
          <Form.Item
            label={t('due.receivedDate')}
            name="date"
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} allowClear={false} />
          </Form.Item>
          <Form.Item
            label={t('due.receivedTime')}
            name="time"
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <TimePicker format="HH:mm" needConfirm={false} placeholder="HH:mm" allowClear={false} />
          </Form.Item>
        </div>
        <div className="tool-form__row">
          <Form.Item
            label={t('due.amount')}
            name="amount"
            rules={unit === DurationUnit.SAME_DAY ? [] : [{ required: true, message: t('validation.required') }]}
          >
            <InputNumber
              min={0}
              max={MAX_DURATION_AMOUNT}
              decimalSeparator=","
              disabled={unit === DurationUnit.SAME_DAY}
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item label={t('due.unit')} name="unit">
            <Select
              style={{ minWidth: 200 }}
              options={Object.values(DurationUnit).map((u) => ({ value: u, label: t(unitLabels[u]) }))}
            />
          </Form.Item>
        </div>
        <p className="muted small tool-form__tz">{t('due.timezone')}</p>
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />}>
          {t('due.compute')}
        </Button>
      </Form>
      {query ? <DueResult query={query} /> : null}
    </Card>
  );
}
