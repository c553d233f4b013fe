import type { ProcedureVersionStatus } from '@mot-cua/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { ProcedureStatus } from '../catalog-admin-keys';

const statusColors: Record<ProcedureStatus, string> = {
  PUBLISHED: 'green',
  DRAFT: 'gold',
  SUSPENDED: 'volcano',
};

const versionColors: Record<ProcedureVersionStatus, string> = {
  PUBLISHED: 'green',
  DRAFT: 'gold',
  SUPERSEDED: 'default',
};

/** A procedure's status: published (in force), draft (never published), suspended. */
export function ProcedureStatusTag({ status }: { status: ProcedureStatus }) {
  const { t } = useI18n();
  return <Tag color={statusColors[status]}>{t(`catalogAdmin.status.${status}`)}</Tag>;
}

/** "Có bản nháp v3": a published or suspended procedure being edited. */
export function DraftTag({ version }: { version: number }) {
  const { t } = useI18n();
  return <Tag color="blue">{t('catalogAdmin.hasDraft', { version })}</Tag>;
}

/** A version's status: draft, in force, superseded. */
export function VersionStatusTag({ status }: { status: ProcedureVersionStatus }) {
  const { t } = useI18n();
  return <Tag color={versionColors[status]}>{t(`catalogAdmin.versionStatus.${status}`)}</Tag>;
}
