import { describe, expect, it } from 'vitest';
import { shortLabel } from '../src/panels/dashboard/chart';

describe('shortLabel', () => {
  it('keeps a name that fits', () => {
    expect(shortLabel('Khu chế xuất 1', 24)).toBe('Khu chế xuất 1');
  });
  it('abbreviates the generic start so border gates stay distinct', () => {
    expect(shortLabel('Khu vực cửa khẩu quốc tế Hữu Nghị', 24)).toBe('CKQT Hữu Nghị');
    expect(shortLabel('Khu vực cửa khẩu Tân Thanh', 24)).toBe('CK Tân Thanh');
    expect(shortLabel('Khu vực cửa khẩu ga đường sắt liên vận quốc tế Đồng Đăng', 24)).toBe('Ga LVQT Đồng Đăng');
    expect(shortLabel('Giải phóng mặt bằng mở rộng Khu phi thuế quan (giai đoạn II)', 24)).toBe('Mở rộng KPTQ (GĐ II)');
  });
  it('cuts what is still too long, with an ellipsis', () => {
    const short = shortLabel('Giải phóng mặt bằng phần mở rộng phía tây bắc KCN Đồng Bành', 24);
    expect(short).toHaveLength(24);
    expect(short.endsWith('…')).toBe(true);
  });
});
