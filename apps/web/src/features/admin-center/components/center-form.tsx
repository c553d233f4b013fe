import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { type Center, updateCenterBodySchema } from '@mot-cua/contracts';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { FormErrorAlert } from '../../../components/ui/form-error-alert';
import { DATE_FORMAT } from '../../../lib/dayjs';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { schemaRule } from '../../../lib/form-rules';
import { formatInteger, formatVnd, parseVnd } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useUpdateCenter } from '../api/update-center';
import {
  type CenterFormValues,
  centerFieldName,
  centerFormFields,
  centerToFormValues,
  formValuesToUpdateBody,
} from '../center-form-values';
import { OfficeHoursEditor } from './office-hours-editor';

const shape = updateCenterBodySchema.shape;

/** Edits the center: identity, contacts, seasonal office hours, and the rules for seconded staff. */
export function CenterForm({ center }: { center: Center }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CenterFormValues>();
  const update = useUpdateCenter();
  const allowance = Form.useWatch('monthlyAllowanceVnd', form);

  useEffect(() => {
    form.setFieldsValue(centerToFormValues(center));
  }, [center, form]);

  const required = { required: true, message: t('validation.required') };

  const onFinish = (values: CenterFormValues) => {
    update.mutate(formValuesToUpdateBody(values), {
      onSuccess: () => void message.success(t('center.saved')),
      onError: (error) => showServerFieldErrors(form, error, centerFieldName),
    });
  };

  return (
    <Form<CenterFormValues>
      form={form}
      layout="vertical"
      initialValues={centerToFormValues(center)}
      onFinish={onFinish}
      onValuesChange={() => update.isError && update.reset()}
      scrollToFirstError
    >
      <FormErrorAlert error={update.error} formFields={centerFormFields} />
      <Card title={t('center.general')} className="section-card">
        <Row gutter={16}>
          <Col xs={24} lg={16}>
            <Form.Item label={t('center.name')} name="name" rules={[required, schemaRule(shape.name, t)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item label={t('center.shortName')} name="shortName" rules={[schemaRule(shape.shortName, t)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <Form.Item
              label={t('center.parentBody')}
              name="parentBody"
              rules={[required, schemaRule(shape.parentBody, t)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item
              label={t('center.placeName')}
              name="placeName"
              rules={[required, schemaRule(shape.placeName, t)]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('center.address')} name="address" rules={[required, schemaRule(shape.address, t)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('center.phone')} name="phone" rules={[schemaRule(shape.phone, t)]}>
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('center.email')} name="email" rules={[schemaRule(shape.email, t)]}>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('center.openedOn')} name="openedOn">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('center.officeHours')} className="section-card">
        <Typography.Paragraph type="secondary">{t('center.officeHoursHelp')}</Typography.Paragraph>
        <OfficeHoursEditor />
      </Card>

      <Card title={t('center.staffRules')} className="section-card">
        <Typography.Paragraph type="secondary">{t('center.staffRulesHelp')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('center.staffPerAgencyLimit')}
              name="staffPerAgencyLimit"
              rules={[required, schemaRule(shape.staffPerAgencyLimit, t)]}
            >
              <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} suffix={t('center.people')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('center.assignmentMaxMonths')}
              name="assignmentMaxMonths"
              rules={[required, schemaRule(shape.assignmentMaxMonths, t)]}
            >
              <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} suffix={t('center.months')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('center.monthlyAllowance')}
              name="monthlyAllowanceVnd"
              rules={[required, schemaRule(shape.monthlyAllowanceVnd, t)]}
              extra={
                typeof allowance === 'number' ? t('center.allowanceIs', { amount: formatVnd(allowance) }) : undefined
              }
            >
              <InputNumber<number>
                min={0}
                max={100_000_000}
                step={50_000}
                precision={0}
                style={{ width: '100%' }}
                formatter={(value) => (value === undefined || value === null ? '' : formatInteger(Number(value)))}
                parser={(text) => parseVnd(text)}
                suffix="₫"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <div className="form-actions">
        <Space>
          <Button
            icon={<UndoOutlined />}
            onClick={() => {
              form.resetFields();
              form.setFieldsValue(centerToFormValues(center));
              update.reset();
            }}
          >
            {t('common.reset')}
          </Button>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Space>
      </div>
    </Form>
  );
}
