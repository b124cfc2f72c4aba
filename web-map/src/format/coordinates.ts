import proj4 from 'proj4';
import { formatNumber } from './number';

/** VN-2000 / TM-3 zone 107°15′ (Lạng Sơn), EPSG:9215; position-vector rotation signs (see domain.md). */
export const EPSG_9215 =
  '+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ' +
  '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs';

const toVn2000 = proj4('EPSG:4326', EPSG_9215);

/** WGS84 lon/lat → VN-2000 easting/northing in metres. */
export function wgs84ToVn2000(lon: number, lat: number): { easting: number; northing: number } {
  const [easting, northing] = toVn2000.forward([lon, lat]);
  return { easting, northing };
}

export function formatWgs84(lon: number, lat: number, lang?: string): string {
  return `${formatNumber(lat, 5, lang)}° N, ${formatNumber(lon, 5, lang)}° E`;
}

export function formatVn2000(lon: number, lat: number, lang?: string): string {
  const { easting, northing } = wgs84ToVn2000(lon, lat);
  return `E ${formatNumber(easting, 2, lang)} m, N ${formatNumber(northing, 2, lang)} m`;
}
