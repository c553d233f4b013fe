import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Form, Input, InputNumber, Row, Select, Tooltip } from 'antd';
import { formatVnd, parseVnd } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { anchorId } from '../editor-issues';
import { CHANNELS, type CaseValues, type ChannelValues, DURATION_UNITS, newChannel, newFee } from '../procedure-form';
import { DurationInput } from './duration-input';

/** "Kênh nộp & phí": the channels the procedure accepts, each with its fees and, when the law sets one, its time. */
export function ChannelsTab() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const channels = (Form.useWatch('channels', form) as ChannelValues[] | undefined) ?? [];
  const cases = (Form.useWatch('cases', form) as CaseValues[] | undefined) ?? [];
  const caseOptions = cases
    .filter((c) => c?.code)
    .map((c) => ({ value: c.code, label: `${c.code}${c.name ? ` — ${c.name}` : ''}` }));
  const next = newChannel(channels.map((c) => c?.channel));

  return (
    <div id="procedure-tab-channels">
      <Form.List name="channels">
        {(fields, { add, remove }) => (
          <div id={anchorId(['channels'])}>
            {fields.length === 0 ? <Empty description={t('catalogAdmin.channel.none')} /> : null}
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                className="editor-item-card"
                id={anchorId(['channels', i])}
                data-testid={`channel-${i}`}
                title={
                  <Form.Item name={[field.name, 'channel']} noStyle>
                    <Select
                      aria-label={t('catalogAdmin.field.channel')}
                      style={{ minWidth: 240 }}
                      options={CHANNELS.map((c) => ({ value: c, label: t(`catalogAdmin.channel.${c}`) }))}
                    />
                  </Form.Item>
                }
                extra={
                  <Button size="small" danger type="text" icon={<DeleteOutlined />} onClick={() => remove(i)}>
                    {t('catalogAdmin.channel.remove')}
                  </Button>
                }
              >
                <Row gutter={16}>
                  <Col xs={24} md={9}>
                    <Form.Item label={t('catalogAdmin.field.time')} tooltip={t('catalogAdmin.channel.timeHelp')}>
                      <DurationInput
                        name={[field.name, 'time']}
                        units={DURATION_UNITS}
                        amountLabel={t('catalogAdmin.field.time')}
                        width={240}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={15}>
                    <Form.Item label={t('catalogAdmin.field.note')} name={[field.name, 'note']}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                    </Form.Item>
                  </Col>
                </Row>
                <div className="editor-subtitle">
                  {t('catalogAdmin.field.fees')}{' '}
                  <span className="muted small editor-subtitle__hint">{t('catalogAdmin.fee.amountHelp')}</span>
                </div>
                <Form.List name={[field.name, 'fees']}>
                  {(feeFields, fees) => (
                    <div id={anchorId(['channels', i, 'fees'])}>
                      {feeFields.length === 0 ? <p className="muted small">{t('catalogAdmin.fee.none')}</p> : null}
                      {feeFields.map((fee, j) => (
                        <div key={fee.key} className="fee-row" id={anchorId(['channels', i, 'fees', j])}>
                          <Form.Item
                            className="fee-row__name"
                            label={t('catalogAdmin.fee.name')}
                            name={[fee.name, 'name']}
                            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                          >
                            <Input placeholder={t('catalogAdmin.fee.namePlaceholder')} />
                          </Form.Item>
                          <Form.Item
                            className="fee-row__amount"
                            label={t('catalogAdmin.field.amountVnd')}
                            name={[fee.name, 'amountVnd']}
                          >
                            <InputNumber<number>
                              min={0}
                              max={10_000_000_000}
                              step={1000}
                              style={{ width: '100%' }}
                              placeholder={t('catalogAdmin.fee.byCouncil')}
                              formatter={(v) =>
                                v === undefined || v === null || `${v}` === '' ? '' : formatVnd(Number(v))
                              }
                              parser={(text) =>
                                text && /\d/.test(text) ? parseVnd(text) : (null as unknown as number)
                              }
                            />
                          </Form.Item>
                          <Form.Item
                            className="fee-row__basis"
                            label={t('catalogAdmin.field.basis')}
                            name={[fee.name, 'basis']}
                            rules={[{ required: true, whitespace: true, message: t('catalogAdmin.fee.basisRequired') }]}
                          >
                            <Input placeholder={t('catalogAdmin.fee.basisPlaceholder')} />
                          </Form.Item>
                          <Form.Item
                            className="fee-row__unit"
                            label={t('catalogAdmin.field.perUnit')}
                            name={[fee.name, 'perUnit']}
                          >
                            <Input placeholder={t('catalogAdmin.fee.perUnitPlaceholder')} />
                          </Form.Item>
                          <Form.Item
                            className="fee-row__case"
                            label={t('catalogAdmin.field.caseCode')}
                            name={[fee.name, 'caseCode']}
                          >
                            <Select allowClear placeholder={t('catalogAdmin.allCases')} options={caseOptions} />
                          </Form.Item>
                          <Tooltip title={t('catalogAdmin.fee.remove')}>
                            <Button
                              danger
                              type="text"
                              icon={<DeleteOutlined />}
                              aria-label={t('catalogAdmin.fee.remove')}
                              onClick={() => fees.remove(j)}
                              className="fee-row__remove"
                            />
                          </Tooltip>
                        </div>
                      ))}
                      <Button size="small" icon={<PlusOutlined />} onClick={() => fees.add(newFee())}>
                        {t('catalogAdmin.fee.add')}
                      </Button>
                    </div>
                  )}
                </Form.List>
              </Card>
            ))}
            <Tooltip title={next ? undefined : t('catalogAdmin.channel.allUsed')}>
              <Button icon={<PlusOutlined />} disabled={!next} onClick={() => next && add(next)} className="editor-add">
                {t('catalogAdmin.channel.add')}
              </Button>
            </Tooltip>
          </div>
        )}
      </Form.List>
    </div>
  );
}
