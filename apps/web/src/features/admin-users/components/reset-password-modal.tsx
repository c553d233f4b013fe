import { resetPasswordBodySchema, type User } from '@mot-cua/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { schemaRule } from '../../../lib/form-rules';
import { useI18n } from '../../../lib/i18n';
import { useResetPassword } from '../api/reset-password';

interface ResetFormValues {
  newPassword: string;
  confirm: string;
}

/** Sets a new password for a staff member (who then signs in with it and should change it). */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetFormValues>();
  const reset = useResetPassword();

  const close = () => {
    reset.reset();
    onClose();
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.resetTitle', { username: user?.username ?? '' })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('users.resetHelp', { name: user?.fullName ?? '' })}
      </Typography.Paragraph>
      <Form<ResetFormValues>
        form={form}
        layout="vertical"
        clearOnDestroy
        onFinish={(values) => {
          if (!user) return;
          reset.mutate(
            { id: user.id, body: { newPassword: values.newPassword } },
            {
              onSuccess: () => {
                void message.success(t('users.passwordReset', { username: user.username }));
                close();
              },
              onError: (error) => showServerFieldErrors(form, error),
            },
          );
        }}
      >
        <FormErrorAlert error={reset.error} formFields={['newPassword']} />
        <Form.Item
          label={t('users.newPassword')}
          required
          name="newPassword"
          rules={[schemaRule(resetPasswordBodySchema.shape.newPassword, t)]}
          extra={t('users.passwordHelp')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('users.confirmPassword')}
          required
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (!value) throw new Error(t('validation.required'));
                if (value !== getFieldValue('newPassword')) throw new Error(t('users.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
