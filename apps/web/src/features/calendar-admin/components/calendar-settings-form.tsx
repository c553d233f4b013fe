import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import type { CalendarSettingsDto } from '@mot-cua/contracts';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  TimePicker,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { PageSpinner } from '../../../components/ui/page-spinner';
import { QueryError } from '../../../components/ui/query-error';
import { type Dayjs, timeToDayjs } from '../../../lib/dayjs';
import { type MessageKey, useI18n } from '../../../lib/i18n';
import { calendarSettingsQueryOptions } from '../api/get-calendar-settings';
import { useUpdateCalendarSettings } from '../api/update-calendar-settings';
import { settingsPatch } from '../calendar-settings-values';

interface SettingsFormValues extends CalendarSettingsDto {
  reason: string;
}

/** A setting: its label, the control, and what it means and why it is a setting (docs/calendar-rules.md §4). */
function Setting({
  name,
  label,
  help,
  children,
  valuePropName,
  time,
}: {
  name: [keyof CalendarSettingsDto, string];
  label: MessageKey;
  help: MessageKey;
  children: ReactNode;
  valuePropName?: string;
  time?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={<span className="strong">{t(label)}</span>}
      extra={<span className="setting-help">{t(help)}</span>}
      valuePropName={valuePropName}
      // Times travel as "HH:mm" strings; the picker works with Dayjs.
      {...(time
        ? {
            getValueProps: (value: string) => ({ value: value ? timeToDayjs(value) : null }),
            normalize: (value: Dayjs | null) => (value ? value.format('HH:mm') : undefined),
          }
        : {})}
    >
      {children}
    </Form.Item>
  );
}

/** The due-date rules the center may choose, with their legal basis, changed with a reason. */
export function CalendarSettingsForm() {
  const settings = useQuery(calendarSettingsQueryOptions());
  if (settings.isPending) return <PageSpinner />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm current={settings.data} />;
}

function SettingsForm({ current }: { current: CalendarSettingsDto }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateCalendarSettings();
  const [form] = Form.useForm<SettingsFormValues>();

  const onFinish = ({ reason, ...values }: SettingsFormValues) => {
    const patch = settingsPatch(current, values);
    if (!patch.deadline && !patch.draft) {
      void message.info(t('settings.nothingChanged'));
      return;
    }
    update.mutate(
      { ...patch, reason: reason.trim() },
      {
        onSuccess: (saved) => {
          form.setFieldsValue({ ...saved, reason: '' });
          void message.success(t('settings.saved'));
        },
      },
    );
  };

  const select = (options: { value: string; label: MessageKey }[]) => (
    <Select options={options.map((o) => ({ value: o.value, label: t(o.label) }))} style={{ maxWidth: 440 }} />
  );
  const timePicker = (
    <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} style={{ width: 120 }} />
  );

  return (
    <Form<SettingsFormValues>
      form={form}
      layout="vertical"
      initialValues={{ ...current, reason: '' }}
      onFinish={onFinish}
      onValuesChange={() => update.isError && update.reset()}
      className="settings-form"
    >
      <FormErrorAlert error={update.error} formFields={['reason']} />
      <Card title={t('settings.deadlineTitle')} className="section-card">
        <Typography.Paragraph type="secondary">{t('settings.deadlineIntro')}</Typography.Paragraph>
        <Setting
          name={['deadline', 'offHoursReceipt']}
          label="settings.offHoursReceipt"
          help="settings.offHoursReceiptHelp"
        >
          {select([
            { value: 'NEXT_WORKING_DAY', label: 'settings.offHoursReceipt.NEXT_WORKING_DAY' },
            { value: 'RECEIPT_DATE', label: 'settings.offHoursReceipt.RECEIPT_DATE' },
          ])}
        </Setting>
        <Setting
          name={['deadline', 'sameDayCutoff']}
          label="settings.sameDayCutoff"
          help="settings.sameDayCutoffHelp"
          time
        >
          {timePicker}
        </Setting>
        <Setting
          name={['deadline', 'appointmentTime']}
          label="settings.appointmentTime"
          help="settings.appointmentTimeHelp"
        >
          {select([
            { value: 'OFFICE_CLOSE', label: 'settings.appointmentTime.OFFICE_CLOSE' },
            { value: 'SAME_CLOCK_TIME', label: 'settings.appointmentTime.SAME_CLOCK_TIME' },
          ])}
        </Setting>
        <Setting
          name={['deadline', 'transferCutoff']}
          label="settings.transferCutoff"
          help="settings.transferCutoffHelp"
          time
        >
          {timePicker}
        </Setting>
        <Setting
          name={['deadline', 'supplementClock']}
          label="settings.supplementClock"
          help="settings.supplementClockHelp"
        >
          {select([
            { value: 'RESTART', label: 'settings.supplementClock.RESTART' },
            { value: 'PAUSE', label: 'settings.supplementClock.PAUSE' },
          ])}
        </Setting>
        <Setting
          name={['deadline', 'financialObligationPausesClock']}
          label="settings.financialObligationPausesClock"
          help="settings.financialObligationPausesClockHelp"
          valuePropName="checked"
        >
          <Switch checkedChildren={t('settings.yes')} unCheckedChildren={t('settings.no')} />
        </Setting>
        <Setting
          name={['deadline', 'apologyDeadline']}
          label="settings.apologyDeadline"
          help="settings.apologyDeadlineHelp"
        >
          {select([
            { value: 'WORKING_DAY_BEFORE', label: 'settings.apologyDeadline.WORKING_DAY_BEFORE' },
            { value: 'CALENDAR_DAY_BEFORE', label: 'settings.apologyDeadline.CALENDAR_DAY_BEFORE' },
          ])}
        </Setting>
        <Setting
          name={['deadline', 'maxNewAppointments']}
          label="settings.maxNewAppointments"
          help="settings.maxNewAppointmentsHelp"
        >
          <InputNumber min={0} max={5} precision={0} style={{ width: 120 }} suffix={t('settings.times')} />
        </Setting>
        <Setting
          name={['deadline', 'supplementNoticeWorkingDays']}
          label="settings.supplementNoticeWorkingDays"
          help="settings.supplementNoticeWorkingDaysHelp"
        >
          <InputNumber min={1} max={30} precision={0} style={{ width: 180 }} suffix={t('settings.workingDays')} />
        </Setting>
      </Card>

      <Card title={t('settings.draftTitle')} className="section-card">
        <Typography.Paragraph type="secondary">{t('settings.draftIntro')}</Typography.Paragraph>
        <Setting
          name={['draft', 'tetDaysBeforeNewYear']}
          label="settings.tetDaysBeforeNewYear"
          help="settings.tetDaysBeforeNewYearHelp"
        >
          <InputNumber min={0} max={5} precision={0} style={{ width: 120 }} suffix={t('settings.days')} />
        </Setting>
        <Setting
          name={['draft', 'nationalDayAdjacentDay']}
          label="settings.nationalDayAdjacentDay"
          help="settings.nationalDayAdjacentDayHelp"
        >
          {select([
            { value: 'AUTO', label: 'settings.nationalDayAdjacentDay.AUTO' },
            { value: 'BEFORE', label: 'settings.nationalDayAdjacentDay.BEFORE' },
            { value: 'AFTER', label: 'settings.nationalDayAdjacentDay.AFTER' },
          ])}
        </Setting>
        <Setting
          name={['draft', 'cultureDayFromYear']}
          label="settings.cultureDayFromYear"
          help="settings.cultureDayFromYearHelp"
        >
          <InputNumber min={2026} max={2100} precision={0} style={{ width: 140 }} placeholder={t('settings.notYet')} />
        </Setting>
      </Card>

      <Card title={t('settings.reasonTitle')} className="section-card">
        <Alert type="info" showIcon title={t('settings.reasonIntro')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="reason"
          label={t('calendar.changeReason')}
          rules={[
            { required: true, whitespace: true, message: t('calendar.reasonRequired') },
            { min: 5, message: t('calendar.reasonRequired') },
            { max: 1000, message: t('validation.maxLength', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={2} placeholder={t('settings.reasonPlaceholder')} />
        </Form.Item>
      </Card>

      <div className="form-actions">
        <Space>
          <Button
            icon={<UndoOutlined />}
            onClick={() => {
              // Back to what is saved now (the initial values may be older than the last save).
              form.setFieldsValue({ ...current, reason: '' });
              form.setFields([{ name: 'reason', errors: [] }]);
              update.reset();
            }}
          >
            {t('common.reset')}
          </Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
