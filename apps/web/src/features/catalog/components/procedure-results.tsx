import { BankOutlined, ClockCircleOutlined, FolderOpenOutlined, EnvironmentOutlined } from '@ant-design/icons';
import type { ProcedureListItem } from '@mot-cua/contracts';
import { Alert, Pagination } from 'antd';
import { Link } from 'react-router';
import { procedureHref } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n';
import { OnlineLevelTag } from './online-level-tag';

/** One page of results: code, name (link), deciding agency, field, level, legal time and online level. */
export function ProcedureResults({
  items,
  total,
  page,
  pageSize,
  approximate,
  query,
  loading,
  onPage,
}: {
  items: readonly ProcedureListItem[];
  total: number;
  page: number;
  pageSize: number;
  approximate: boolean;
  query: string;
  loading: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  return (
    <section className={`catalog-results${loading ? ' is-loading' : ''}`} aria-busy={loading}>
      {approximate ? (
        <Alert
          type="info"
          showIcon
          className="catalog-results__approx"
          title={t('catalog.approximate', { q: query })}
          description={t('catalog.approximateText')}
        />
      ) : null}
      <p className="catalog-results__count" role="status">
        {query ? t('catalog.countFor', { n: total, q: query }) : t('catalog.count', { n: total })}
      </p>
      <ol className="proc-list">
        {items.map((item) => (
          <li key={item.code} className="proc-item">
            <div className="proc-item__main">
              <div className="proc-item__top">
                <span className="proc-code">{item.code}</span>
                <OnlineLevelTag level={item.onlineLevel} />
              </div>
              <Link to={procedureHref(item.code)} className="proc-item__name">
                {item.name}
              </Link>
              <div className="proc-item__meta">
                <span>
                  <BankOutlined /> {item.agency.name}
                </span>
                <span>
                  <FolderOpenOutlined /> {item.field}
                </span>
                <span>
                  <EnvironmentOutlined /> {t(`catalog.level.${item.level}`)}
                </span>
              </div>
            </div>
            <div className="proc-item__time">
              <ClockCircleOutlined />
              <span className="proc-item__time-value">{item.legalTime?.label ?? '—'}</span>
              <span className="proc-item__time-label">{t('catalog.legalTime')}</span>
            </div>
          </li>
        ))}
      </ol>
      {total > pageSize ? (
        <Pagination
          className="catalog-results__pages"
          current={page}
          pageSize={pageSize}
          total={total}
          showSizeChanger={false}
          onChange={onPage}
          showTotal={(n, range) => t('common.range', { from: range[0], to: range[1], total: n })}
          align="center"
        />
      ) : null}
    </section>
  );
}
