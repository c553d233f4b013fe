import { en } from './en';
import { vi } from './vi';

export type Language = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
export type MessageParams = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** `{name}` placeholders are replaced by params; an unknown placeholder is left as it is. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang][key] ?? vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Whether a string built at run time (e.g. from an audit action code) has a message. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(vi, key);
}
