import { Segmented } from 'antd';
import { type Language, useI18n } from '../../lib/i18n';

/** VI / EN switch; Vietnamese is the default language of the whole app. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('common.language')}
      value={lang}
      onChange={setLang}
      options={[
        { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
    />
  );
}
