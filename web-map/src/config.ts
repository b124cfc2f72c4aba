/**
 * Deployment settings, read from /config.json next to index.html (optional). The map works with
 * no internet; an online base map is used only when a deployment turns it on, e.g.
 * { "onlineBaseMap": { "tiles": ["https://…/{z}/{x}/{y}.png"], "attribution": "…" } }.
 * A build can also set VITE_ONLINE_BASEMAP_TILES (one XYZ template).
 */
export interface OnlineBaseMap { tiles: string[]; attribution?: string; tileSize?: number; maxzoom?: number }
export interface Config { onlineBaseMap: OnlineBaseMap | null }

export async function loadConfig(): Promise<Config> {
  const fromBuild = import.meta.env.VITE_ONLINE_BASEMAP_TILES as string | undefined;
  const config: Config = { onlineBaseMap: fromBuild ? { tiles: [fromBuild] } : null };
  try {
    const response = await fetch('./config.json', { cache: 'no-cache' });
    if (response.ok) {
      const file = (await response.json()) as Partial<Config>;
      if (file.onlineBaseMap && Array.isArray(file.onlineBaseMap.tiles) && file.onlineBaseMap.tiles.length) {
        config.onlineBaseMap = file.onlineBaseMap;
      }
    }
  } catch {
    /* no config.json: offline defaults */
  }
  return config;
}
