import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** The years the server's working calendar covers. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2100;

const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export function YearPicker({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useI18n();
  return (
    <Space.Compact>
      <Button
        icon={<LeftOutlined />}
        disabled={value <= FIRST_YEAR}
        onClick={() => onChange(value - 1)}
        aria-label={t('calendar.previousYear')}
      />
      <Select<number>
        value={value}
        onChange={onChange}
        showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
        options={years.map((y) => ({ value: y, label: t('calendar.yearOption', { year: y }) }))}
        style={{ width: 130 }}
        aria-label={t('calendar.year')}
        listHeight={320}
      />
      <Button
        icon={<RightOutlined />}
        disabled={value >= LAST_YEAR}
        onClick={() => onChange(value + 1)}
        aria-label={t('calendar.nextYear')}
      />
    </Space.Compact>
  );
}
