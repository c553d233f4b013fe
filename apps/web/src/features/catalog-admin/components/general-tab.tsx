import type { Agency } from '@mot-cua/contracts';
import { AutoComplete, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import { DATE_FORMAT, dayjsToPlainDate, plainDateToDayjs } from '../../../lib/dayjs';
import { useI18n } from '../../../lib/i18n';
import { matchesSearch } from '../../../lib/text';
import { AgencySelect } from './agency-select';

const CODE_PATTERN = /^[1-6]\.\d{6}$/;

/** "Thông tin chung": identity, agencies, rule set, validity, where it is received, notes. */
export function GeneralTab({
  isNew,
  agencies,
  fields,
}: {
  isNew: boolean;
  agencies: readonly Agency[];
  /** Known fields (lĩnh vực) to suggest. */
  fields: readonly string[];
}) {
  const { t } = useI18n();
  const required = { required: true, message: t('validation.required') };
  const dateProps = {
    getValueProps: (value: string | null) => ({ value: plainDateToDayjs(value) }),
    normalize: (value: Parameters<typeof dayjsToPlainDate>[0]) => dayjsToPlainDate(value),
  };
  return (
    <div id="procedure-tab-general">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('catalogAdmin.field.procedureCode')}
            name="code"
            rules={[required, { pattern: CODE_PATTERN, message: t('catalogAdmin.codeFormat') }]}
            extra={isNew ? t('catalogAdmin.codeHelp') : t('catalogAdmin.codeFixed')}
          >
            <Input className="mono" placeholder="1.001193" disabled={!isNew} maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('catalogAdmin.field.localCode')} name="localCode" extra={t('catalogAdmin.localCodeHelp')}>
            <Input className="mono" placeholder="1.001193.000.00.00.H26" maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('catalogAdmin.field.level')} name="level" rules={[required]}>
            <Select
              options={(['PROVINCE', 'DISTRICT', 'COMMUNE'] as const).map((l) => ({
                value: l,
                label: t(`catalog.level.${l}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('catalogAdmin.field.procedureName')} name="name" rules={[{ ...required, whitespace: true }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
      <Form.Item label={t('catalogAdmin.field.field')} name="field" rules={[{ ...required, whitespace: true }]}>
        <AutoComplete
          options={fields.map((f) => ({ value: f }))}
          showSearch={{ filterOption: (input, option) => matchesSearch(input, String(option?.value ?? '')) }}
          maxLength={500}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.field.decidingAgencyCode')} name="decidingAgencyCode" rules={[required]}>
            <AgencySelect agencies={agencies} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.field.receivingAgencyCode')} name="receivingAgencyCode" rules={[required]}>
            <AgencySelect agencies={agencies} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('catalogAdmin.field.coordinatingAgencyCodes')}
        name="coordinatingAgencyCodes"
        extra={t('catalogAdmin.coordinatingHelp')}
      >
        <AgencySelect agencies={agencies} mode="multiple" placeholder={t('catalogAdmin.noCoordinating')} />
      </Form.Item>
      <Form.Item label={t('catalogAdmin.field.decidingBodyNote')} name="decidingBodyNote">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={4000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('catalogAdmin.field.ruleSet')} name="ruleSet" rules={[required]}>
            <Radio.Group
              options={(['2018', '2025'] as const).map((r) => ({ value: r, label: t(`catalogAdmin.ruleSet.${r}`) }))}
              className="rule-set-options"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('catalogAdmin.field.effectiveFrom')}
            name="effectiveFrom"
            rules={[required]}
            {...dateProps}
          >
            <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('catalogAdmin.field.effectiveTo')}
            name="effectiveTo"
            extra={t('catalogAdmin.effectiveToHelp')}
            {...dateProps}
          >
            <DatePicker format={DATE_FORMAT} placeholder={t('common.datePlaceholder')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('catalogAdmin.flags')} className="flag-group">
        <Form.Item name="receivedAtCenter" valuePropName="checked" noStyle>
          <Checkbox>{t('catalogAdmin.field.receivedAtCenter')}</Checkbox>
        </Form.Item>
        <Form.Item name="processedWhollyAtCenter" valuePropName="checked" noStyle>
          <Checkbox>{t('catalogAdmin.field.processedWhollyAtCenter')}</Checkbox>
        </Form.Item>
        <Form.Item name="interAgency" valuePropName="checked" noStyle>
          <Checkbox>{t('catalogAdmin.field.interAgency')}</Checkbox>
        </Form.Item>
      </Form.Item>
      <Form.Item label={t('catalogAdmin.field.notes')} name="notes" extra={t('catalogAdmin.notesHelp')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </div>
  );
}
