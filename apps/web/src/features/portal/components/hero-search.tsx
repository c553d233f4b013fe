import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { proceduresHref } from '../../../config/paths';
import { useI18n } from '../../../lib/i18n';

/** The main question citizens come with: which procedure, what papers, how long. */
export function HeroSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const submit = () => void navigate(proceduresHref(query));

  return (
    <section className="hero">
      <div className="container hero__inner">
        <h2 className="hero__title">{t('portal.hero.title')}</h2>
        <p className="hero__subtitle">{t('portal.hero.subtitle')}</p>
        <form
          role="search"
          className="hero__form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Space.Compact style={{ width: '100%' }} size="large">
            <Input
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('portal.hero.placeholder')}
              aria-label={t('portal.hero.placeholder')}
              prefix={<SearchOutlined />}
              allowClear
            />
            <Button type="primary" htmlType="submit" className="hero__button">
              {t('portal.hero.search')}
            </Button>
          </Space.Compact>
        </form>
        <p className="hero__examples">
          {t('portal.hero.examplesLabel')}{' '}
          {[t('portal.hero.example1'), t('portal.hero.example2'), t('portal.hero.example3')].map((example) => (
            <button
              key={example}
              type="button"
              className="hero__example"
              onClick={() => void navigate(proceduresHref(example))}
            >
              {example}
            </button>
          ))}
        </p>
      </div>
    </section>
  );
}
