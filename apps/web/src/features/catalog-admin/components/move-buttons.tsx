import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** "Move up" and "move down" for item `index` of an ordered list of `count` (steps, papers of the checklist). */
export function MoveButtons({
  index,
  count,
  move,
}: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Tooltip title={t('catalogAdmin.moveUp')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          disabled={index === 0}
          aria-label={t('catalogAdmin.moveUp')}
          onClick={() => move(index, index - 1)}
        />
      </Tooltip>
      <Tooltip title={t('catalogAdmin.moveDown')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          disabled={index === count - 1}
          aria-label={t('catalogAdmin.moveDown')}
          onClick={() => move(index, index + 1)}
        />
      </Tooltip>
    </>
  );
}
