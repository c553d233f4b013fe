import { Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';

export interface ReasonFormValues {
  reason: string;
}

/**
 * Asks why before a change to the calendar is sent: the reason is required (at least 5 characters) and kept
 * in the audit log. `children` adds fields of its own (the status and basis of a year).
 */
export function ReasonModal<T extends ReasonFormValues>({
  open,
  title,
  intro,
  okText,
  reasonLabel,
  reasonPlaceholder,
  initialValues,
  pending,
  error,
  onCancel,
  onSubmit,
  children,
}: {
  open: boolean;
  title: ReactNode;
  intro?: ReactNode;
  okText: ReactNode;
  reasonLabel?: ReactNode;
  reasonPlaceholder?: string;
  initialValues?: Partial<T>;
  pending: boolean;
  error?: ReactNode;
  onCancel: () => void;
  onSubmit: (values: T) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<T>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      destroyOnHidden
      width={600}
    >
      {intro ? <div style={{ marginBottom: 12 }}>{intro}</div> : null}
      {error}
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} clearOnDestroy>
        {children}
        <Form.Item
          label={reasonLabel ?? t('calendar.changeReason')}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: t('calendar.reasonRequired') },
            { min: 5, message: t('calendar.reasonRequired') },
            { max: 1000, message: t('validation.maxLength', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={3} placeholder={reasonPlaceholder ?? t('calendar.changeReasonPlaceholder')} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
