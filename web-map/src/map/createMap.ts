import { GeolocateControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// The worker ships with the app as a file of its own (no CDN, no blob tricks).
setWorkerUrl(new URL(workerUrl, document.baseURI).href);
import { token } from '../api/session';
import { setMapLoading } from '../ui/loading';

const locators = new WeakMap<MapLibreMap, GeolocateControl>();

/** The map's GPS control, when the browser has geolocation. */
export function locatorOf(map: MapLibreMap): GeolocateControl | undefined {
  return locators.get(map);
}

declare global {
  interface Window {
    /** For the end-to-end tests: the map, to ask what it really drew. */
    __planningMap?: MapLibreMap;
    /**
     * For the end-to-end tests: ms from navigation start to the first and to the latest moment
     * every layer was drawn (labels come after the tiles, so once the map settles `lastIdle` is
     * when everything, labels included, was on screen).
     */
    __mapTimings?: { firstIdle: number | null; lastIdle: number | null };
  }
}

/** The economic zone: from Đồng Bành IP (south-west) to the border gates (north). */
export const KKT_BOUNDS: [[number, number], [number, number]] = [[106.52, 21.64], [107.0, 22.3]];

export function createMap(container: HTMLElement, style: StyleSpecification): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    bounds: /(^#|&)map=/.test(location.hash) ? undefined : KKT_BOUNDS,
    hash: 'map',
    maxBounds: [[99, 14], [114, 27]],
    attributionControl: { compact: true },
    // Tiles of the app itself carry the signed-in user's token; nothing else is sent it.
    transformRequest: (url: string) => {
      const bearer = token();
      if (bearer && url.startsWith(location.origin + '/tiles/')) {
        return { url, headers: { Authorization: `Bearer ${bearer}` } };
      }
      return { url };
    },
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  // Field work: the device's position, followed (the blue dot differs from every status colour).
  if ('geolocation' in navigator) {
    const locate = new GeolocateControl({ positionOptions: { enableHighAccuracy: true }, trackUserLocation: true, showAccuracyCircle: true });
    map.addControl(locate, 'top-right');
    locators.set(map, locate);
  }
  map.getCanvas().setAttribute('aria-label', 'Bản đồ / Map');

  window.__planningMap = map;
  window.__mapTimings = { firstIdle: null, lastIdle: null };
  map.on('dataloading', () => setMapLoading(true));
  map.on('idle', () => {
    setMapLoading(false);
    window.__mapTimings!.firstIdle ??= performance.now();
    window.__mapTimings!.lastIdle = performance.now();
  });
  return map;
}
