import type { DossierStatus } from '@mot-cua/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../lib/i18n';

/** Colours by what the status asks of the center: blue at work, orange waiting for the applicant, green done. */
export const dossierStatusColors: Record<DossierStatus, string> = {
  SUBMITTED_ONLINE: 'geekblue',
  INTAKE_NEEDS_SUPPLEMENT: 'gold',
  REJECTED_AT_INTAKE: 'red',
  RECEIVED: 'cyan',
  IN_PROCESS: 'blue',
  SUPPLEMENT_REQUESTED: 'orange',
  AWAITING_FINANCIAL_OBLIGATION: 'orange',
  WITHDRAWN: 'default',
  STOPPED: 'volcano',
  RESULT_READY: 'green',
  RETURNED: 'purple',
};

/** A dossier's status in words (staff queues and detail, and the public lookup). */
export function DossierStatusTag({ status, large }: { status: DossierStatus; large?: boolean }) {
  const { t } = useI18n();
  return (
    <Tag color={dossierStatusColors[status]} className={large ? 'status-tag' : undefined}>
      {t(`dossierStatus.${status}`)}
    </Tag>
  );
}
