import { describe, expect, it } from 'vitest';
import { t, tEnum, setLang, locale } from '../src/i18n';
import { vi } from '../src/i18n/vi';
import { en } from '../src/i18n/en';
import { findPlaces, fold } from '../src/panels/places';

describe('i18n', () => {
  it('is Vietnamese by default', () => {
    expect(t('login.submit')).toBe('Đăng nhập');
    expect(locale()).toBe('vi-VN');
  });
  it('fills placeholders', () => expect(t('finder.results', { count: 12 })).toBe('12 lô đất phù hợp'));
  it('switches to English', () => {
    setLang('en');
    expect(t('login.submit')).toBe('Sign in');
    expect(locale()).toBe('en-GB');
    setLang('vi');
  });
  it('translates API enums in either case', () => {
    expect(tEnum('zoneKind', 'industrial_park')).toBe('Khu công nghiệp');
    expect(tEnum('availability', 'AVAILABLE')).toBe('Còn trống');
    expect(tEnum('zoneKind', 'SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
  it('has the same keys and placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(names(en[key]), key).toEqual(names(vi[key]));
    }
  });
});

describe('place search without diacritics', () => {
  it('folds Vietnamese letters, đ included', () => expect(fold('Đồng Bành')).toBe('dong banh'));
  it('finds Đồng Bành from "dong banh"', () => expect(findPlaces('dong banh').map((p) => p.name)).toContain('Khu công nghiệp Đồng Bành (Chi Lăng)'));
  it('finds by any word order', () => expect(findPlaces('nghi huu').length).toBe(1));
});
