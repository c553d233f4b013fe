import { Flex, Spin } from 'antd';
import { useI18n } from '../../lib/i18n';

export function PageSpinner() {
  const { t } = useI18n();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
