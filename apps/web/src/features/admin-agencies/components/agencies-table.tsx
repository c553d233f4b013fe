import { EditOutlined, MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { type Agency, AgencyKind } from '@mot-cua/contracts';
import { Button, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { formatPlainDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  type AgencyNode,
  buildAgencyTree,
  depthsById,
  expandableIds,
  matchesAgencySearch,
  predecessorsById,
} from '../agency-tree';

const kindColors: Record<AgencyKind, string> = {
  PEOPLES_COMMITTEE: 'red',
  PPC_OFFICE: 'volcano',
  SERVICE_CENTER: 'magenta',
  DEPARTMENT: 'blue',
  VERTICAL: 'purple',
  DISTRICT: 'green',
  COMMUNE: 'lime',
  PUBLIC_SERVICE: 'cyan',
  ENTERPRISE: 'gold',
};

const compareDates = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/**
 * The agencies as a tree (by parent), or as a flat list while searching or filtering by kind.
 * Successor links (a district that became a town) are shown both ways and open the other agency.
 */
export function AgenciesTable({
  agencies,
  search,
  loading,
  onEdit,
}: {
  agencies: readonly Agency[];
  search: string;
  loading: boolean;
  onEdit: (agency: Agency) => void;
}) {
  const { t } = useI18n();
  const [kinds, setKinds] = useState<string[]>([]);
  const tree = useMemo(() => buildAgencyTree(agencies), [agencies]);
  // Everything open at first; null until the user folds or unfolds a row.
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const expandedKeys = expanded ?? expandableIds(tree);
  const depths = useMemo(() => depthsById(tree), [tree]);
  const byId = useMemo(() => new Map(agencies.map((a) => [a.id, a])), [agencies]);
  const predecessors = useMemo(() => predecessorsById(agencies), [agencies]);

  const flat = search.trim() !== '' || kinds.length > 0;
  const data: AgencyNode[] = flat
    ? agencies
        .filter((a) => matchesAgencySearch(a, search))
        .map((a) => ({ ...a }))
        .sort((a, b) => a.sortOrder - b.sortOrder)
    : tree;

  const link = (agency: Agency, label: string) => (
    <Button key={agency.id} type="link" size="small" className="link-button" onClick={() => onEdit(agency)}>
      {label} {agency.shortName ?? agency.name}
    </Button>
  );

  const columns: TableColumnsType<AgencyNode> = [
    {
      title: t('agencies.code'),
      dataIndex: 'code',
      width: 150,
      sorter: (a, b) => a.code.localeCompare(b.code),
      render: (code: string, agency) => (
        <>
          <div className="mono nowrap">{code}</div>
          {agency.codeIsDemo ? (
            <Tooltip title={t('agencies.demoCodeHelp')}>
              <Tag color="orange" className="small">
                {t('agencies.demoCode')}
              </Tag>
            </Tooltip>
          ) : null}
        </>
      ),
    },
    {
      title: t('agencies.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
      // The tree is drawn here (indent and toggle beside the whole name block), not by antd's inline indent.
      render: (name: string, agency) => {
        const isOpen = expandedKeys.includes(agency.id);
        return (
          <div className="tree-cell" style={{ paddingInlineStart: flat ? 0 : (depths.get(agency.id) ?? 0) * 20 }}>
            {flat ? null : agency.children ? (
              <Button
                type="text"
                size="small"
                className="tree-cell__toggle"
                aria-expanded={isOpen}
                aria-label={isOpen ? t('agencies.collapse') : t('agencies.expand')}
                icon={isOpen ? <MinusSquareOutlined /> : <PlusSquareOutlined />}
                onClick={() =>
                  setExpanded(isOpen ? expandedKeys.filter((k) => k !== agency.id) : [...expandedKeys, agency.id])
                }
              />
            ) : (
              <span className="tree-cell__spacer" />
            )}
            <div>
              <div className="strong">{name}</div>
              {agency.shortName && agency.shortName !== name ? (
                <div className="muted small">{agency.shortName}</div>
              ) : null}
              {!agency.active ? <Tag>{t('common.inactive')}</Tag> : null}
            </div>
          </div>
        );
      },
    },
    {
      title: t('agencies.kind'),
      dataIndex: 'kind',
      width: 150,
      filters: Object.values(AgencyKind).map((kind) => ({ text: t(`agencyKind.${kind}`), value: kind })),
      filteredValue: kinds,
      onFilter: (value, agency) => agency.kind === value,
      render: (kind: AgencyKind) => <Tag color={kindColors[kind]}>{t(`agencyKind.${kind}`)}</Tag>,
    },
    {
      title: t('agencies.validity'),
      key: 'validity',
      width: 190,
      sorter: (a, b) => compareDates(a.validFrom, b.validFrom),
      render: (_, agency) => {
        const before = predecessors.get(agency.id) ?? [];
        const after = agency.successorIds.map((id) => byId.get(id)).filter((a): a is Agency => a !== undefined);
        const missing = agency.successorIds.length - after.length;
        return (
          <>
            {agency.validFrom || agency.validTo ? (
              <span className="nowrap">
                {agency.validFrom ? formatPlainDate(agency.validFrom) : '…'} –{' '}
                {agency.validTo ? formatPlainDate(agency.validTo) : t('agencies.now')}
              </span>
            ) : (
              <span className="muted">{t('agencies.always')}</span>
            )}
            {before.length > 0 || agency.successorIds.length > 0 ? (
              <div className="succession" aria-label={t('agencies.succession')}>
                {before.map((a) => link(a, t('agencies.predecessorArrow')))}
                {after.map((a) => link(a, t('agencies.successorArrow')))}
                {missing > 0 ? (
                  <span className="muted small">{t('agencies.successorElsewhere', { n: missing })}</span>
                ) : null}
              </div>
            ) : null}
          </>
        );
      },
    },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_, agency) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(agency)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Table<AgencyNode>
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data}
      pagination={false}
      scroll={{ x: 880 }}
      expandable={{
        expandedRowKeys: flat ? [] : expandedKeys,
        indentSize: 0,
        showExpandColumn: false,
      }}
      onChange={(_pagination, filters) => setKinds((filters.kind as string[] | null) ?? [])}
      locale={{ emptyText: t('common.noData') }}
    />
  );
}
