import { ClearOutlined, FilterOutlined, SearchOutlined } from '@ant-design/icons';
import type { Agency } from '@mot-cua/contracts';
import { Badge, Button, Grid, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { selectFilter } from '../../../lib/text';
import { type CatalogFilters, hasFilters } from '../catalog-search-params';

/** Agency kinds that decide procedures, in the order a citizen looks for them. */
const agencyGroups = [
  { kinds: ['PPC_OFFICE', 'DEPARTMENT'], label: 'portal.agencies.DEPARTMENT' },
  { kinds: ['VERTICAL'], label: 'portal.agencies.VERTICAL' },
  { kinds: ['DISTRICT'], label: 'agencyKind.DISTRICT' },
  { kinds: ['COMMUNE'], label: 'agencyKind.COMMUNE' },
] as const;

/** The words (kept in the address as `q`) and the four filters of the catalog. */
export function ProcedureSearchForm({
  filters,
  agencies,
  fields,
  onChange,
}: {
  filters: CatalogFilters;
  agencies: readonly Agency[];
  fields: readonly string[];
  onChange: (next: CatalogFilters) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(filters.q);
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const activeFilters = [filters.agency, filters.field, filters.level, filters.online].filter(Boolean).length;
  // On a phone the four filters fold under one button, so results come first.
  const [filtersOpen, setFiltersOpen] = useState(activeFilters > 0);
  // Back/forward and the home page change `q` from outside.
  useEffect(() => setText(filters.q), [filters.q]);
  const set = (changes: Partial<CatalogFilters>) => onChange({ ...filters, ...changes, page: 1 });

  const agencyOptions = agencyGroups
    .map((group) => ({
      label: t(group.label),
      title: t(group.label),
      options: agencies
        .filter((a) => a.active && (group.kinds as readonly string[]).includes(a.kind))
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'))
        .map((a) => ({ value: a.code, label: a.name })),
    }))
    .filter((group) => group.options.length > 0);

  return (
    <div className="catalog-search">
      <div role="search">
        <Input.Search
          size="large"
          value={text}
          onChange={(e) => setText(e.target.value)}
          // Enter, the button, and the clear icon (with an empty value) all search.
          onSearch={(value) => set({ q: value })}
          placeholder={t('catalog.searchPlaceholder')}
          aria-label={t('catalog.searchPlaceholder')}
          enterButton={
            <>
              <SearchOutlined /> {t('portal.hero.search')}
            </>
          }
          allowClear
          maxLength={200}
        />
      </div>
      <p className="catalog-search__hint muted small">{t('catalog.searchHint')}</p>
      {isPhone ? (
        <Button
          icon={<FilterOutlined />}
          onClick={() => setFiltersOpen((open) => !open)}
          aria-expanded={filtersOpen}
          className="catalog-filters__toggle"
        >
          {t('catalog.filters')} <Badge count={activeFilters} size="small" color="#0b57a4" />
        </Button>
      ) : null}
      <div className="catalog-filters" hidden={isPhone && !filtersOpen}>
        <Select
          allowClear
          showSearch={{ filterOption: selectFilter }}
          placeholder={t('catalog.filter.agency')}
          aria-label={t('catalog.filter.agency')}
          value={filters.agency}
          onChange={(agency?: string) => set({ agency })}
          options={agencyOptions}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          showSearch={{ filterOption: selectFilter }}
          placeholder={t('catalog.filter.field')}
          aria-label={t('catalog.filter.field')}
          value={filters.field}
          onChange={(field?: string) => set({ field })}
          options={fields.map((f) => ({ value: f, label: f }))}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          placeholder={t('catalog.filter.level')}
          aria-label={t('catalog.filter.level')}
          value={filters.level}
          onChange={(level?: CatalogFilters['level']) => set({ level })}
          options={(['PROVINCE', 'DISTRICT', 'COMMUNE'] as const).map((l) => ({
            value: l,
            label: t(`catalog.level.${l}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('catalog.filter.online')}
          aria-label={t('catalog.filter.online')}
          value={filters.online}
          onChange={(online?: CatalogFilters['online']) => set({ online })}
          options={(['ONLINE_FULL', 'ONLINE_PARTIAL', 'NONE'] as const).map((l) => ({
            value: l,
            label: t(`catalog.onlineFilter.${l}`),
          }))}
        />
        {hasFilters(filters) ? (
          <Button
            icon={<ClearOutlined />}
            onClick={() => set({ agency: undefined, field: undefined, level: undefined, online: undefined })}
          >
            {t('catalog.clearFilters')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
