import { BankOutlined, ClockCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Input, Spin } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/ui/query-error';
import { procedureSearchQueryOptions } from '../../../lib/catalog-queries';
import { useI18n } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

const RESULTS = 8;

/** Finds the procedure of the dossier as the officer types (name, code or abbreviation, with or without accents). */
export function ProcedurePicker({ onPick }: { onPick: (code: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useQuery({
    ...procedureSearchQueryOptions({ q, page: 1, pageSize: RESULTS }),
    enabled: q.length >= 2,
  });
  const items = q.length >= 2 ? (search.data?.items ?? []) : [];

  return (
    <div className="procedure-picker">
      <Input
        size="large"
        allowClear
        autoFocus
        prefix={<SearchOutlined />}
        suffix={search.isFetching ? <Spin size="small" /> : <span />}
        placeholder={t('intake.searchPlaceholder')}
        aria-label={t('intake.searchLabel')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => {
          if (items.length === 1) onPick(items[0]!.code);
        }}
      />
      {search.isError ? <QueryError error={search.error} onRetry={() => void search.refetch()} /> : null}
      {q.length >= 2 && search.data && items.length === 0 ? (
        <p className="muted procedure-picker__empty">{t('intake.noResults', { q })}</p>
      ) : null}
      {items.length ? (
        <ul className="procedure-picker__list" aria-label={t('intake.results')}>
          {items.map((item) => (
            <li key={item.code}>
              <button type="button" className="procedure-picker__item" onClick={() => onPick(item.code)}>
                <span className="procedure-picker__top">
                  <span className="proc-code">{item.code}</span>
                  <span className="procedure-picker__name">{item.name}</span>
                </span>
                <span className="procedure-picker__meta">
                  <span>
                    <BankOutlined /> {item.agency.name}
                  </span>
                  {item.legalTime ? (
                    <span>
                      <ClockCircleOutlined /> {item.legalTime.label}
                    </span>
                  ) : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
