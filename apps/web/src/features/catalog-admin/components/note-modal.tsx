import { Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';

/**
 * Asks for the text a catalog change is kept with: the change note of a published version (5–2,000 characters)
 * or the reason of a suspension (5–1,000), as the server requires.
 */
export function NoteModal({
  open,
  title,
  intro,
  label,
  placeholder,
  okText,
  max,
  danger,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: ReactNode;
  intro?: ReactNode;
  label: ReactNode;
  placeholder?: string;
  okText: ReactNode;
  max: number;
  danger?: boolean;
  pending: boolean;
  error?: ReactNode;
  onCancel: () => void;
  onSubmit: (text: string) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      destroyOnHidden
      width={600}
    >
      {intro ? <div className="note-modal__intro">{intro}</div> : null}
      {error}
      <Form<{ text: string }>
        form={form}
        layout="vertical"
        onFinish={(values) => onSubmit(values.text.trim())}
        clearOnDestroy
      >
        <Form.Item
          label={label}
          name="text"
          rules={[
            { required: true, whitespace: true, message: t('catalogAdmin.noteRequired') },
            { min: 5, message: t('catalogAdmin.noteRequired') },
            { max, message: t('validation.maxLength', { max }) },
          ]}
        >
          <Input.TextArea rows={3} placeholder={placeholder} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
