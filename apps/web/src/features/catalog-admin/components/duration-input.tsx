import { Form, InputNumber, Select, Space } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { DurationUnit } from '../step-sum';

/** An amount and its unit side by side (`10` `ngày làm việc`), as two fields of the form. */
export function DurationInput({
  name,
  units,
  required,
  amountLabel,
  width = 230,
}: {
  /** The duration's path relative to the enclosing list (`[field.name, 'legalTime']`). */
  name: (string | number)[];
  units: readonly DurationUnit[];
  required?: boolean;
  amountLabel: string;
  width?: number | string;
}) {
  const { t } = useI18n();
  return (
    <Space.Compact style={{ width }}>
      <Form.Item
        name={[...name, 'amount']}
        noStyle
        rules={required ? [{ required: true, message: t('catalogAdmin.amountRequired') }] : []}
      >
        <InputNumber<number>
          min={0}
          max={3650}
          decimalSeparator=","
          aria-label={amountLabel}
          style={{ width: '42%' }}
        />
      </Form.Item>
      <Form.Item name={[...name, 'unit']} noStyle>
        <Select
          aria-label={t('catalogAdmin.field.unit')}
          style={{ width: '58%' }}
          popupMatchSelectWidth={false}
          options={units.map((u) => ({ value: u, label: t(`catalogAdmin.unit.${u}`) }))}
        />
      </Form.Item>
    </Space.Compact>
  );
}
