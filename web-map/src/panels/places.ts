/**
 * Place names of the economic zone for search (approximate WGS84 positions from the project's
 * domain reference; "uncertain" ones are marked so and are only for moving the map).
 */
export interface Place { name: string; lon: number; lat: number; zoom: number }

export const PLACES: Place[] = [
  { name: 'Thành phố Lạng Sơn', lon: 106.7578, lat: 21.8478, zoom: 13 },
  { name: 'Thị trấn Đồng Đăng', lon: 106.698, lat: 21.9508, zoom: 14 },
  { name: 'Cửa khẩu Tân Thanh', lon: 106.6839, lat: 22.0031, zoom: 15 },
  { name: 'Cửa khẩu quốc tế Hữu Nghị', lon: 106.71, lat: 21.97, zoom: 15 },
  { name: 'Cốc Nam', lon: 106.67, lat: 21.97, zoom: 15 },
  { name: 'Cửa khẩu Na Hình', lon: 106.64, lat: 22.04, zoom: 15 },
  { name: 'Cửa khẩu Chi Ma (Lộc Bình)', lon: 106.99, lat: 21.79, zoom: 14 },
  { name: 'Cửa khẩu Bình Nghi (Tràng Định)', lon: 106.55, lat: 22.28, zoom: 14 },
  { name: 'Khu công nghiệp Đồng Bành (Chi Lăng)', lon: 106.585, lat: 21.675, zoom: 14 },
  { name: 'Ga Đồng Đăng', lon: 106.696, lat: 21.947, zoom: 15 },
  { name: 'Cao Lộc', lon: 106.77, lat: 21.87, zoom: 13 },
  { name: 'Văn Lãng (Tân Thanh, Tân Mỹ)', lon: 106.65, lat: 22.02, zoom: 12 },
  { name: 'Đồng Giáp (Văn Quan)', lon: 106.6, lat: 21.88, zoom: 12 },
  { name: 'Vân An (Chi Lăng)', lon: 106.58, lat: 21.71, zoom: 12 },
];

/** Lower case without Vietnamese diacritics (đ → d), so "dong banh" finds "Đồng Bành". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

export function findPlaces(query: string, places: Place[] = PLACES): Place[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(/\s+/);
  return places.filter((p) => {
    const name = fold(p.name);
    return words.every((w) => name.includes(w));
  });
}
