import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, toApiErrorCode, userMessage } from '../src/api/errors';
import { setLang } from '../src/i18n';
import { vi } from '../src/i18n/vi';
import { en } from '../src/i18n/en';

describe('error messages', () => {
  afterEach(() => setLang('vi'));

  it('says in Vietnamese that the database is unavailable and the edit is kept', () => {
    const error = new ApiError(toApiErrorCode('SERVICE_UNAVAILABLE'), 'Máy chủ tạm thời không kết nối được cơ sở dữ liệu.');
    expect(userMessage(error)).toBe(vi['error.SERVICE_UNAVAILABLE']);
    expect(userMessage(error)).toMatch(/vẫn còn trên trang/);
  });

  it('shows the generic Vietnamese sentence for a code it does not know, never the server\'s English', () => {
    const error = new ApiError(toApiErrorCode('LIMIT_EXCEEDED'), 'Query cost 1400000 exceeds the limit 50000.');
    expect(userMessage(error)).toBe(vi['error.unknown']);
    setLang('en');
    expect(userMessage(error)).toBe(en['error.unknown']);
  });

  it('keeps the server\'s Vietnamese sentence for a code it knows', () => {
    const error = new ApiError(toApiErrorCode('TOPOLOGY'), 'Lô đất chồng lấn lên lô DB-B-05.');
    expect(userMessage(error)).toBe('Lô đất chồng lấn lên lô DB-B-05.');
  });
});
