import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginBodySchema, type LoginResponse } from '@mot-cua/contracts';
import { Alert, Button, Form, Input } from 'antd';
import { isApiError } from '../../../lib/api-client';
import { schemaRule } from '../../../lib/form-rules';
import { type Translate, useI18n } from '../../../lib/i18n';
import { useLogin } from '../api/login';

interface LoginFormValues {
  username: string;
  password: string;
}

/** What to tell the user when signing in fails. */
export function loginErrorMessage(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.status === 401) return t('auth.invalidCredentials');
    return error.message; // 429 and the rest: the server explains (in the UI language)
  }
  return t('common.unexpectedError');
}

export function LoginForm({ onSuccess }: { onSuccess: (response: LoginResponse) => void }) {
  const { t } = useI18n();
  const login = useLogin();

  return (
    <Form<LoginFormValues>
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(values) => login.mutate(values, { onSuccess })}
      onValuesChange={() => login.isError && login.reset()}
    >
      {login.isError ? (
        <Alert
          type="error"
          showIcon
          title={loginErrorMessage(login.error, t)}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      ) : null}
      <Form.Item label={t('auth.username')} name="username" rules={[schemaRule(loginBodySchema.shape.username, t)]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[schemaRule(loginBodySchema.shape.password, t)]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
