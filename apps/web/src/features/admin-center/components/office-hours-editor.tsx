import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { officeHoursSeasonSchema } from '@mot-cua/contracts';
import { Button, Form, Input, Switch, Table, TimePicker, Tooltip } from 'antd';
import type { Dayjs } from '../../../lib/dayjs';
import { parseMonthDay } from '../../../lib/format';
import { schemaRule } from '../../../lib/form-rules';
import { type Translate, useI18n } from '../../../lib/i18n';
import { emptySeason } from '../center-form-values';

const rangeRule = (t: Translate) => ({
  validator: async (_: unknown, value: [Dayjs | null, Dayjs | null] | null) => {
    if (!value?.[0] || !value[1]) throw new Error(t('validation.required'));
    if (!value[0].isBefore(value[1])) throw new Error(t('center.rangeOrder'));
  },
});

/** The seasons of the office hours as an editable table (at least one season, at most twelve). */
export function OfficeHoursEditor() {
  const { t } = useI18n();
  return (
    <Form.List
      name="officeHours"
      rules={[
        {
          validator: async (_, rows: unknown[] | undefined) => {
            if (!rows || rows.length < 1) throw new Error(t('center.seasonsRequired'));
            if (rows.length > 12) throw new Error(t('validation.maxItems', { max: 12 }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Table
            className="office-hours-editor"
            dataSource={fields}
            rowKey="key"
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('officeHours.season'),
                key: 'name',
                width: 240,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[schemaRule(officeHoursSeasonSchema.shape.name, t)]}
                    style={{ margin: 0 }}
                  >
                    <Input placeholder={t('center.seasonNamePlaceholder')} aria-label={t('officeHours.season')} />
                  </Form.Item>
                ),
              },
              {
                title: t('officeHours.startsOn'),
                key: 'startsOn',
                width: 110,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'startsOn']}
                    rules={[
                      {
                        validator: async (_rule, value: string | undefined) => {
                          if (!value) throw new Error(t('validation.required'));
                          if (!parseMonthDay(value)) throw new Error(t('center.monthDayFormat'));
                        },
                      },
                    ]}
                    style={{ margin: 0 }}
                  >
                    <Input placeholder="01/04" maxLength={5} aria-label={t('officeHours.startsOn')} />
                  </Form.Item>
                ),
              },
              {
                title: t('officeHours.morning'),
                key: 'morning',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'morning']} rules={[rangeRule(t)]} style={{ margin: 0 }}>
                    <TimePicker.RangePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 190 }} />
                  </Form.Item>
                ),
              },
              {
                title: t('officeHours.afternoon'),
                key: 'afternoon',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'afternoon']} rules={[rangeRule(t)]} style={{ margin: 0 }}>
                    <TimePicker.RangePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: 190 }} />
                  </Form.Item>
                ),
              },
              {
                title: t('officeHours.saturdayShort'),
                key: 'saturday',
                align: 'center',
                render: (_, field) => (
                  <Form.Item name={[field.name, 'saturdayMorningOpen']} valuePropName="checked" style={{ margin: 0 }}>
                    <Switch aria-label={t('officeHours.saturday')} />
                  </Form.Item>
                ),
              },
              {
                title: '',
                key: 'actions',
                width: 48,
                render: (_, field) => (
                  <Tooltip title={t('center.removeSeason')}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('center.removeSeason')}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Tooltip>
                ),
              },
            ]}
          />
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add(emptySeason())}
            disabled={fields.length >= 12}
            style={{ marginTop: 12 }}
          >
            {t('center.addSeason')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
