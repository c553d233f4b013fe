import type { DossierStatus } from '@mot-cua/contracts';
import { Tag } from 'antd';
import { formatPlainDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { dueState } from '../due-state';

/** The due date with a red "Quá hạn" or an orange "Sắp đến hạn" tag. */
export function DueDateCell({
  dossier,
  today,
}: {
  dossier: { dueDate: string | null; overdue: boolean; status: DossierStatus };
  today: string;
}) {
  const { t } = useI18n();
  const state = dueState(dossier, today);
  if (state === 'none') return <span className="muted">—</span>;
  return (
    <span className="due-cell">
      <span className="nowrap">{formatPlainDate(dossier.dueDate)}</span>
      {state === 'overdue' ? <Tag color="red">{t('dossiers.overdue')}</Tag> : null}
      {state === 'soon' ? <Tag color="orange">{t('dossiers.dueSoon')}</Tag> : null}
    </span>
  );
}
