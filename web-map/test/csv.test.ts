import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, csvNumber, toCsv } from '../src/panels/dashboard/csv';

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends every row with CRLF', () => {
    const csv = toCsv(['Khu chức năng', 'Diện tích (ha)'], [['Khu công nghiệp Đồng Bành', 12.5]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Khu chức năng;Diện tích (ha)\r\nKhu công nghiệp Đồng Bành;12.5\r\n');
  });

  it('quotes fields with separators, quotes and line breaks', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Lạng Sơn, Việt Nam')).toBe('"Lạng Sơn, Việt Nam"');
    expect(csvField('Quyết định "1963/QĐ-UBND"')).toBe('"Quyết định ""1963/QĐ-UBND"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
  });

  it('keeps Vietnamese text as it is and leaves plain text unquoted', () => {
    expect(csvField('Giải phóng mặt bằng – bước 11')).toBe('Giải phóng mặt bằng – bước 11');
    const csv = toCsv(['Dự án'], [['Bồi thường, hỗ trợ "tái định cư"\nđợt 2']]);
    expect(csv).toBe('\uFEFFDự án\r\n"Bồi thường, hỗ trợ ""tái định cư""\nđợt 2"\r\n');
  });

  it('writes numbers unformatted with a dot decimal, empty for missing values', () => {
    expect(csvField(1234567.25)).toBe('1234567.25');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvNumber(0.1 + 0.2)).toBe(0.3);
    expect(csvNumber(45.678912, 2)).toBe(45.68);
  });
});

describe('csvFileName', () => {
  it('is the slug and the local date', () => {
    expect(csvFileName('thong-ke-lap-day', new Date(2026, 11, 3, 23, 30))).toBe('thong-ke-lap-day-2026-12-03.csv');
  });
});
