import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Empty, Form, Input, InputNumber, Row, Select } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { MoveButtons } from './move-buttons';
import { anchorId } from '../editor-issues';
import { type CaseValues, type ChecklistValues, checklistIdFrom, newChecklistItem } from '../procedure-form';

/**
 * "Thành phần hồ sơ": the papers of the dossier. Each keeps its id across versions (dossiers refer to it), so
 * the id is proposed from the name once and then left alone.
 */
export function ChecklistTab() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const items = (Form.useWatch('checklist', form) as ChecklistValues[] | undefined) ?? [];
  const cases = (Form.useWatch('cases', form) as CaseValues[] | undefined) ?? [];
  const caseOptions = cases
    .filter((c) => c?.code)
    .map((c) => ({ value: c.code, label: `${c.code}${c.name ? ` — ${c.name}` : ''}` }));

  /** A new item gets an id from its name when the name is first typed. */
  const proposeId = (index: number) => {
    const item = items[index];
    if (!item || item.id?.trim() || !item.name?.trim()) return;
    const others = items.filter((_, i) => i !== index).map((i) => i?.id ?? '');
    form.setFieldValue(['checklist', index, 'id'], checklistIdFrom(item.name, others));
  };

  return (
    <div id="procedure-tab-documents">
      <Form.List name="checklist">
        {(fields, { add, remove, move }) => (
          <div id={anchorId(['checklist'])}>
            {fields.length === 0 ? <Empty description={t('catalogAdmin.document.none')} /> : null}
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                className="editor-item-card"
                id={anchorId(['checklist', i])}
                data-testid={`document-${i}`}
                title={t('catalogAdmin.document.title', { n: i + 1 })}
                extra={
                  <span className="nowrap">
                    <MoveButtons index={i} count={fields.length} move={move} />
                    <Button size="small" danger type="text" icon={<DeleteOutlined />} onClick={() => remove(i)}>
                      {t('catalogAdmin.document.remove')}
                    </Button>
                  </span>
                }
              >
                <Row gutter={16}>
                  <Col xs={24} md={17}>
                    <Form.Item
                      label={t('catalogAdmin.document.name')}
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} onBlur={() => proposeId(i)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item
                      label={t('catalogAdmin.field.id')}
                      name={[field.name, 'id']}
                      rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                      tooltip={t('catalogAdmin.document.idHelp')}
                    >
                      <Input className="mono" placeholder="to-khai" maxLength={100} />
                    </Form.Item>
                  </Col>
                </Row>
                <Row gutter={16}>
                  <Col xs={12} md={3}>
                    <Form.Item
                      label={t('catalogAdmin.field.originals')}
                      name={[field.name, 'originals']}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <InputNumber<number> min={0} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={3}>
                    <Form.Item
                      label={t('catalogAdmin.field.copies')}
                      name={[field.name, 'copies']}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <InputNumber<number> min={0} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item label={t('catalogAdmin.field.formTemplate')} name={[field.name, 'formTemplate']}>
                      <Input placeholder={t('catalogAdmin.document.formTemplatePlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item label={t('catalogAdmin.field.caseCodes')} name={[field.name, 'caseCodes']}>
                      <Select
                        mode="multiple"
                        allowClear
                        placeholder={t('catalogAdmin.allCases')}
                        options={caseOptions}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <div className="checkbox-stack">
                      <Form.Item name={[field.name, 'required']} valuePropName="checked" noStyle>
                        <Checkbox>{t('catalogAdmin.field.required')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[field.name, 'eForm']} valuePropName="checked" noStyle>
                        <Checkbox>{t('catalogAdmin.field.eForm')}</Checkbox>
                      </Form.Item>
                    </div>
                  </Col>
                </Row>
                <Form.Item name={[field.name, 'note']} className="compact-item">
                  <Input
                    placeholder={t('catalogAdmin.document.notePlaceholder')}
                    aria-label={t('catalogAdmin.field.note')}
                  />
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(newChecklistItem())} className="editor-add">
              {t('catalogAdmin.document.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </div>
  );
}
