import { ToolOutlined } from '@ant-design/icons';
import { Result, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';

/** The placeholder of a feature that is planned but not built yet. */
export function ComingSoon({
  title,
  description,
  extra,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Result
      icon={<ToolOutlined style={{ color: '#0b57a4' }} />}
      title={
        <>
          {title} <Tag color="gold">{t('common.comingSoon')}</Tag>
        </>
      }
      subTitle={description ?? t('common.comingSoonText')}
      extra={extra}
    />
  );
}
