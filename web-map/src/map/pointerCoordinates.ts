import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatWgs84, formatVn2000 } from '../format/coordinates';
import { t } from '../i18n';

/** The pointer's position in WGS84 and VN-2000 (EPSG:9215), computed in the browser. */
export function showPointerCoordinates(map: MapLibreMap, el: HTMLElement): void {
  el.setAttribute('aria-label', t('coords.label'));
  const show = (lng: number, lat: number) => {
    el.textContent = `WGS84 ${formatWgs84(lng, lat)} · VN-2000 ${formatVn2000(lng, lat)}`;
  };
  map.on('mousemove', (e) => show(e.lngLat.lng, e.lngLat.lat));
  map.on('moveend', () => {
    if (!el.textContent) show(map.getCenter().lng, map.getCenter().lat);
  });
  show(map.getCenter().lng, map.getCenter().lat);
}
