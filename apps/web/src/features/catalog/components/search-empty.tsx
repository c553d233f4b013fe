import { ClearOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useI18n } from '../../../lib/i18n';

/** Nothing found: what to try next, a few common searches, and who to call. */
export function SearchEmpty({
  query,
  filtered,
  phone,
  onSearch,
  onClearFilters,
}: {
  query: string;
  filtered: boolean;
  phone: string | null;
  onSearch: (q: string) => void;
  onClearFilters: () => void;
}) {
  const { t } = useI18n();
  const examples = [t('catalog.example1'), t('catalog.example2'), t('catalog.example3'), t('catalog.example4')];
  return (
    <div className="catalog-empty" data-testid="catalog-empty">
      <Empty
        description={
          <span className="catalog-empty__title">
            {query ? t('catalog.emptyFor', { q: query }) : t('catalog.empty')}
          </span>
        }
      >
        <ul className="catalog-empty__tips">
          <li>{t('catalog.tip.shorter')}</li>
          <li>{t('catalog.tip.code')}</li>
          {filtered ? <li>{t('catalog.tip.filters')}</li> : null}
        </ul>
        {filtered ? (
          <Button icon={<ClearOutlined />} onClick={onClearFilters} style={{ marginBottom: 12 }}>
            {t('catalog.clearFilters')}
          </Button>
        ) : null}
        <div className="catalog-empty__examples">
          <span className="muted">{t('catalog.tryExamples')}</span>
          {examples.map((example) => (
            <button key={example} type="button" className="chip" onClick={() => onSearch(example)}>
              {example}
            </button>
          ))}
        </div>
        {phone ? (
          <p className="muted small catalog-empty__call">
            <PhoneOutlined /> {t('catalog.callUs', { phone })}
          </p>
        ) : null}
      </Empty>
    </div>
  );
}
