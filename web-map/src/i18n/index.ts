import { vi } from './vi';
import { en } from './en';

export type Lang = 'vi' | 'en';
export type MessageKey = keyof typeof vi;
const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'planninggis.lang';

let current: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function lang(): Lang {
  return current;
}

/** The Intl locale for numbers: Vietnamese formatting by default. */
export function locale(): string {
  return current === 'en' ? 'en-GB' : 'vi-VN';
}

export function setLang(next: Lang): void {
  current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}, in_: Lang = current): string {
  const text = catalogs[in_][key] ?? catalogs.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** A translation of an API enum value (e.g. `kind.INDUSTRIAL_PARK`), or the value itself. */
export function tEnum(group: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${group}.${value.toUpperCase()}` as MessageKey;
  return key in catalogs.vi ? t(key) : value;
}
