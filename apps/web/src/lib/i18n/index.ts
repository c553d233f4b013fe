export { I18nProvider, type Translate, useI18n } from './i18n-provider';
export { isMessageKey, type Language, type MessageKey, type MessageParams, translate } from './translate';
