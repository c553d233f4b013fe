import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Tooltip } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { anchorId } from '../editor-issues';

/** "Kết quả & căn cứ pháp lý": what the applicant receives, and the texts the procedure rests on. */
export function ResultsTab() {
  const { t } = useI18n();
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  return (
    <div id="procedure-tab-results">
      <Card
        size="small"
        title={t('catalogAdmin.field.results')}
        className="editor-item-card"
        id={anchorId(['results'])}
      >
        <Form.List name="results">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? <p className="muted">{t('catalogAdmin.result.none')}</p> : null}
              {fields.map((field, i) => (
                <div key={field.key} className="result-row" id={anchorId(['results', i])}>
                  <Form.Item name={[field.name, 'name']} rules={required}>
                    <Input
                      aria-label={t('catalogAdmin.result.nameOf', { n: i + 1 })}
                      placeholder={t('catalogAdmin.result.namePlaceholder')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'electronic']} valuePropName="checked">
                    <Checkbox>{t('catalogAdmin.field.electronic')}</Checkbox>
                  </Form.Item>
                  <Tooltip title={t('catalogAdmin.remove')}>
                    <Button
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('catalogAdmin.result.removeOf', { n: i + 1 })}
                      onClick={() => remove(i)}
                    />
                  </Tooltip>
                </div>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', electronic: false })}>
                {t('catalogAdmin.result.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card
        size="small"
        title={t('catalogAdmin.field.legalBases')}
        className="editor-item-card"
        id={anchorId(['legalBases'])}
      >
        <Form.List name="legalBases">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? <p className="muted">{t('catalogAdmin.legalBasis.none')}</p> : null}
              {fields.map((field, i) => (
                <div key={field.key} className="legal-row" id={anchorId(['legalBases', i])}>
                  <Form.Item name={[field.name, 'code']} rules={required}>
                    <Input
                      className="mono"
                      aria-label={t('catalogAdmin.legalBasis.codeOf', { n: i + 1 })}
                      placeholder="60/2014/QH13"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={required}>
                    <Input
                      aria-label={t('catalogAdmin.legalBasis.nameOf', { n: i + 1 })}
                      placeholder={t('catalogAdmin.legalBasis.namePlaceholder')}
                    />
                  </Form.Item>
                  <Tooltip title={t('catalogAdmin.remove')}>
                    <Button
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('catalogAdmin.legalBasis.removeOf', { n: i + 1 })}
                      onClick={() => remove(i)}
                    />
                  </Tooltip>
                </div>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ code: '', name: '' })}>
                {t('catalogAdmin.legalBasis.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
    </div>
  );
}
