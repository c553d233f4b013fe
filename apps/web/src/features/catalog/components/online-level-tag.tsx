import { CloudOutlined, CloudServerOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { OnlineLevel } from '../../../lib/contract-types';
import { useI18n } from '../../../lib/i18n';

/** "Toàn trình" (everything online) in green, "Một phần" (online, then in person) in blue. */
export function OnlineLevelTag({ level }: { level: OnlineLevel }) {
  const { t } = useI18n();
  if (level === 'ONLINE_FULL') {
    return (
      <Tag color="green" icon={<CloudServerOutlined />}>
        {t('catalog.online.ONLINE_FULL')}
      </Tag>
    );
  }
  if (level === 'ONLINE_PARTIAL') {
    return (
      <Tag color="blue" icon={<CloudOutlined />}>
        {t('catalog.online.ONLINE_PARTIAL')}
      </Tag>
    );
  }
  return <Tag>{t('catalog.online.NONE')}</Tag>;
}
