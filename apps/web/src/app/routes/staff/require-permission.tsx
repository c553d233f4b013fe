import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useMe } from '../../../features/auth/api/get-me';
import { useI18n } from '../../../lib/i18n';

/** Pages a user may not open show a clear refusal (the server refuses their data anyway). */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (!me.data?.user.permissions.includes(permission)) {
    return <Result status="403" title={t('staff.forbiddenTitle')} subTitle={t('staff.forbiddenText')} />;
  }
  return <>{children}</>;
}
