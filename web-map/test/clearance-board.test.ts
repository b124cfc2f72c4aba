import { describe, expect, it } from 'vitest';
import { buildBoard, daysBetween, likelyNextStep, reachedOn } from '../src/panels/work/clearance/board';
import type { ClearanceParcel, StepKind } from '../src/api/work/clearance';

const kind = (stepNo: number, optional = false) => ({ stepNo, code: `s${stepNo}`, nameVi: '', nameEn: '', optional, legalBasis: '', satisfiesStep: null, requiresThrough: null }) as StepKind;
const kinds = Array.from({ length: 11 }, (_, i) => kind(i + 1, i + 1 === 3 || i + 1 === 11));
const parcel = (code: string, steps: [number, string][], handedOver = false): ClearanceParcel => ({
  parcelCode: code, landUse: null, household: null, compensationVnd: null, areaM2: 1, geometry: null, handedOver,
  steps: steps.map(([n, d], i) => ({ id: String(i), step: { stepNo: n }, completedOn: d, decisionNumber: null, note: null, recordedBy: null, parcelCode: code })),
  currentStep: steps.length ? { stepNo: steps[steps.length - 1][0] } : null,
});

describe('clearance board', () => {
  it('counts days between calendar days', () => {
    expect(daysBetween('2025-01-01', '2025-04-01')).toBe(90);
  });
  it('dates the current step by its latest record', () => {
    expect(reachedOn(parcel('A', [[1, '2025-01-01'], [2, '2025-02-01']]))).toBe('2025-02-01');
  });
  it('counts parcels per step and lists those waiting longer than the threshold, not the handed over', () => {
    const board = buildBoard([
      parcel('A', [[1, '2025-01-01']]),
      parcel('B', [[1, '2025-03-20']]),
      parcel('C', [[10, '2024-01-01']], true),
      parcel('D', []),
    ], 90, '2025-04-02');
    expect(board.byStep.get(1)?.map((p) => p.parcelCode)).toEqual(['A', 'B']);
    expect(board.byStep.get(0)?.length).toBe(1);
    expect(board.stuck.map((x) => [x.parcel.parcelCode, x.days])).toEqual([['A', 91]]);
  });
  it('proposes the next required step, skipping the optional forced counting', () => {
    expect(likelyNextStep(parcel('A', [[2, '2025-01-01']]), kinds)).toBe(4);
    expect(likelyNextStep(parcel('A', []), kinds)).toBe(1);
    expect(likelyNextStep(parcel('A', [[10, '2025-01-01']]), kinds)).toBe(11);
  });
});

describe('an out-of-order step in words', () => {
  it('keeps the API\'s Vietnamese sentence naming the missing step', async () => {
    const { ApiError, userMessage, toApiErrorCode } = await import('../src/api/errors');
    const { setLang } = await import('../src/i18n');
    setLang('vi');
    expect(toApiErrorCode('INVALID_TRANSITION')).toBe('INVALID_TRANSITION');
    const sentence = 'Chưa thể ghi nhận bước 8 (Quyết định thu hồi đất) cho thửa T04: còn thiếu bước 6 (Thẩm định phương án).';
    expect(userMessage(new ApiError('INVALID_TRANSITION', sentence, { missingStep: 6 }))).toBe(sentence);
    setLang('en');
    expect(userMessage(new ApiError('INVALID_TRANSITION', sentence))).toContain('cannot be done in this order');
    setLang('vi');
  });
});
