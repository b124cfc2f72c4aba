import type { Map as MapLibreMap } from 'maplibre-gl';
import { locatorOf } from './createMap';
import { formatWgs84, formatVn2000 } from '../format/coordinates';
import { t } from '../i18n';

/**
 * The pointer's position in WGS84 and VN-2000 (EPSG:9215), computed in the browser; while the GPS
 * position is followed (the map's locate button), the device's position and its accuracy instead.
 */
export function showPointerCoordinates(map: MapLibreMap, el: HTMLElement): void {
  el.setAttribute('aria-label', t('coords.label'));
  let gps = false;
  const show = (lng: number, lat: number, prefix = '') => {
    el.textContent = `${prefix}WGS84 ${formatWgs84(lng, lat)} · VN-2000 ${formatVn2000(lng, lat)}`;
  };
  map.on('mousemove', (e) => { if (!gps) show(e.lngLat.lng, e.lngLat.lat); });
  const locate = locatorOf(map);
  locate?.on('geolocate', (p) => {
    gps = true;
    el.dataset.source = 'gps';
    show(p.coords.longitude, p.coords.latitude, t('coords.gps', { metres: Math.round(p.coords.accuracy) }));
  });
  locate?.on('trackuserlocationend', () => { gps = false; delete el.dataset.source; });
  map.on('moveend', () => {
    if (!el.textContent) show(map.getCenter().lng, map.getCenter().lat);
  });
  show(map.getCenter().lng, map.getCenter().lat);
}
