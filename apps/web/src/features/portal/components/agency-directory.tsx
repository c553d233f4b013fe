import { BankOutlined } from '@ant-design/icons';
import type { Agency, AgencyKind } from '@mot-cua/contracts';
import { Empty } from 'antd';
import { type MessageKey, useI18n } from '../../../lib/i18n';

/** Bodies that receive dossiers at the center's counters, in the order citizens look for them. */
const groups: { kind: AgencyKind; title: MessageKey }[] = [
  { kind: 'DEPARTMENT', title: 'portal.agencies.DEPARTMENT' },
  { kind: 'VERTICAL', title: 'portal.agencies.VERTICAL' },
  { kind: 'PUBLIC_SERVICE', title: 'portal.agencies.PUBLIC_SERVICE' },
  { kind: 'ENTERPRISE', title: 'portal.agencies.ENTERPRISE' },
];

/** Agencies at the center, grouped by kind. */
export function groupAgenciesForPortal(agencies: readonly Agency[]): { kind: AgencyKind; items: Agency[] }[] {
  return groups
    .map(({ kind }) => ({
      kind,
      items: agencies
        .filter((a) => a.kind === kind && a.active)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi')),
    }))
    .filter((g) => g.items.length > 0);
}

export function AgencyDirectory({ agencies }: { agencies: readonly Agency[] }) {
  const { t } = useI18n();
  const grouped = groupAgenciesForPortal(agencies);
  if (grouped.length === 0) return <Empty description={t('common.noData')} />;
  return (
    <div className="agency-directory">
      {grouped.map((group) => (
        <section key={group.kind} className="agency-directory__group">
          <h4 className="agency-directory__title">
            {t(groups.find((g) => g.kind === group.kind)!.title)}{' '}
            <span className="agency-directory__count">({group.items.length})</span>
          </h4>
          <ul className="agency-directory__list">
            {group.items.map((agency) => (
              <li key={agency.id}>
                <BankOutlined className="agency-directory__icon" />
                <span>{agency.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
