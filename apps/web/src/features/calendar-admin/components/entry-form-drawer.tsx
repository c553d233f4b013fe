import { type CalendarEntry, saveCalendarYearBodySchema } from '@mot-cua/contracts';
import { Alert, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import { FormDrawer } from '../../../components/ui/form-drawer';
import { formatDateWithWeekday } from '../../../lib/date-labels';
import { DATE_FORMAT, type Dayjs, dayjs, dayjsToPlainDate, plainDateToDayjs } from '../../../lib/dayjs';
import { schemaRule } from '../../../lib/form-rules';
import { isWeekend } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { entryProblems } from '../calendar-entries';

interface EntryFormValues {
  date: Dayjs | null;
  kind: CalendarEntry['kind'];
  reason: string;
  source: string;
  pending: boolean;
}

const shape = saveCalendarYearBodySchema.shape.entries.element.shape;

/**
 * Adds or edits one day of the working copy. Nothing is sent here: the year is saved as a whole, with a
 * reason, from the page.
 */
export function EntryFormDrawer({
  open,
  year,
  entry,
  initialDate,
  entries,
  onClose,
  onSubmit,
}: {
  open: boolean;
  year: number;
  /** The day being edited; null to add one. */
  entry: CalendarEntry | null;
  /** The day clicked in the calendar, when adding from there. */
  initialDate: string | null;
  entries: readonly CalendarEntry[];
  onClose: () => void;
  onSubmit: (entry: CalendarEntry, previousDate: string | undefined) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<EntryFormValues>();
  const date = Form.useWatch('date', form);
  const kind = Form.useWatch('kind', form);
  const plainDate = dayjsToPlainDate(date);
  const problems = plainDate && kind ? entryProblems({ date: plainDate, kind }, year, entries, entry?.date) : [];

  const startDate = entry?.date ?? initialDate;
  const initialValues: EntryFormValues = entry
    ? {
        date: plainDateToDayjs(entry.date),
        kind: entry.kind,
        reason: entry.reason,
        source: entry.source,
        pending: Boolean(entry.pending),
      }
    : {
        date: plainDateToDayjs(startDate),
        kind: startDate && isWeekend(startDate) ? 'WORKING_WEEKEND' : 'NON_WORKING_WEEKDAY',
        reason: '',
        source: '',
        pending: false,
      };

  const onFinish = (values: EntryFormValues) => {
    const day = dayjsToPlainDate(values.date);
    if (!day || problems.length > 0) return;
    onSubmit(
      {
        date: day,
        kind: values.kind,
        reason: values.reason.trim(),
        source: values.source.trim(),
        ...(values.pending ? { pending: true } : {}),
      },
      entry?.date,
    );
  };

  return (
    <FormDrawer
      open={open}
      title={
        entry
          ? t('calendar.editEntryTitle', { date: formatDateWithWeekday(entry.date, t) })
          : t('calendar.addEntryTitle', { year })
      }
      onClose={onClose}
      onSave={() => form.submit()}
      saveText={t('calendar.applyEntry')}
    >
      <Form<EntryFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        clearOnDestroy
        onValuesChange={(changed: Partial<EntryFormValues>) => {
          // A weekend day can only be a make-up day, a weekday only a day off: follow the picked date.
          if (changed.date && !entry) {
            const day = dayjsToPlainDate(changed.date);
            if (day) form.setFieldValue('kind', isWeekend(day) ? 'WORKING_WEEKEND' : 'NON_WORKING_WEEKDAY');
          }
        }}
      >
        <Form.Item
          label={t('calendar.date')}
          name="date"
          rules={[{ required: true, message: t('validation.required') }]}
          extra={plainDate ? formatDateWithWeekday(plainDate, t) : undefined}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('common.datePlaceholder')}
            minDate={dayjs(`${year}-01-01`)}
            maxDate={dayjs(`${year}-12-31`)}
            defaultPickerValue={dayjs(`${year}-01-01`)}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          label={t('calendar.kind')}
          name="kind"
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            options={[
              { value: 'NON_WORKING_WEEKDAY', label: t('calendar.kindOption.NON_WORKING_WEEKDAY') },
              { value: 'WORKING_WEEKEND', label: t('calendar.kindOption.WORKING_WEEKEND') },
            ]}
          />
        </Form.Item>
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={
              <ul className="plain-list">
                {problems.map((p) => (
                  <li key={p}>{t(p)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Form.Item label={t('calendar.reason')} name="reason" required rules={[schemaRule(shape.reason, t)]}>
          <Input placeholder={t('calendar.reasonPlaceholder')} maxLength={300} />
        </Form.Item>
        <Form.Item
          label={t('calendar.source')}
          name="source"
          required
          rules={[schemaRule(shape.source, t)]}
          extra={t('calendar.sourceHelp')}
        >
          <Input.TextArea rows={3} placeholder={t('calendar.sourcePlaceholder')} maxLength={500} />
        </Form.Item>
        <Form.Item name="pending" valuePropName="checked" extra={t('calendar.pendingHelp')}>
          <Checkbox>{t('calendar.pendingLabel')}</Checkbox>
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
