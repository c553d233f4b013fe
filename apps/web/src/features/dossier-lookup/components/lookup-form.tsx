import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../lib/i18n';
import type { LookupInput } from '../api/lookup-dossier';
import { isPlausibleCode, isVerifyDigits, normalizeCode } from '../lookup-values';

/** "Mã hồ sơ" and "4 số cuối điện thoại"; the code may come from the receipt's QR code (`?ma=`). */
export function LookupForm({
  initialCode,
  loading,
  onLookup,
}: {
  initialCode: string;
  loading: boolean;
  onLookup: (input: LookupInput) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<LookupInput>();
  useEffect(() => {
    if (initialCode) form.setFieldValue('code', initialCode);
  }, [form, initialCode]);

  return (
    <Form<LookupInput>
      form={form}
      layout="vertical"
      className="lookup-form"
      requiredMark={false}
      initialValues={{ code: initialCode, verify: '' }}
      onFinish={(values) => onLookup({ code: normalizeCode(values.code), verify: values.verify.trim() })}
    >
      <Form.Item
        label={t('lookup.code')}
        name="code"
        className="lookup-form__code"
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (!value?.trim()) throw new Error(t('lookup.codeRequired'));
              if (!isPlausibleCode(value)) throw new Error(t('lookup.codeFormat'));
            },
          },
        ]}
      >
        <Input
          size="large"
          className="mono"
          placeholder={t('lookup.codePlaceholder')}
          autoComplete="off"
          spellCheck={false}
        />
      </Form.Item>
      <Form.Item
        label={t('lookup.verify')}
        name="verify"
        className="lookup-form__verify"
        extra={t('lookup.verifyHelp')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (!isVerifyDigits(value ?? '')) throw new Error(t('lookup.verifyFormat'));
            },
          },
        ]}
      >
        <Input size="large" inputMode="numeric" maxLength={4} autoComplete="off" placeholder="5678" />
      </Form.Item>
      <Form.Item label=" " className="lookup-form__submit">
        <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined />} loading={loading} block>
          {t('lookup.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
