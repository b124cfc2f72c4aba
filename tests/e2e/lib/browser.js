// Headless Debian Chromium driven by playwright-core, with WebGL through SwiftShader.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE_URL = process.env.PLANNINGGIS_E2E_URL ?? 'http://127.0.0.1:5081';
export const ARTIFACTS = process.env.PLANNINGGIS_E2E_ARTIFACTS ?? new URL('../artifacts/', import.meta.url).pathname;

/** `username password` lines of the demo accounts file the server wrote. */
export function accounts() {
  const file = process.env.PLANNINGGIS_E2E_ACCOUNTS;
  if (!file) throw new Error('PLANNINGGIS_E2E_ACCOUNTS is not set (the launcher sets it)');
  const result = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [username, password] = line.trim().split(/\s+/);
    if (username && password) result[username] = { username, password };
  }
  return result;
}

export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'planninggis-e2e-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const close = async () => {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context: browser, close };
}

/** A page that records console errors and failed requests, for the test's diagnosis. */
export async function openPage(context, path = '/') {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(BASE_URL + path, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until the map has drawn every loaded tile (MapLibre's idle) and nothing is loading. */
export async function waitForMapIdle(page, timeout = 30_000) {
  await page.waitForFunction(() => {
    const map = window.__planningMap;
    return !!map && map.isStyleLoaded() && map.areTilesLoaded() && !map.isMoving() && !document.body.hasAttribute('aria-busy');
  }, null, { timeout, polling: 100 });
  // One more idle event after the check, so the frame is really painted.
  await page.evaluate(() => new Promise((resolve) => {
    const map = window.__planningMap;
    if (map.loaded() && !map.isMoving()) { map.triggerRepaint(); map.once('idle', resolve); setTimeout(resolve, 1500); } else map.once('idle', resolve);
  }));
}

/** Rendered features of some layers (what MapLibre really drew), as plain properties. */
export async function renderedFeatures(page, layers, filter = null) {
  return page.evaluate(({ layers, filter }) => {
    const map = window.__planningMap;
    const existing = layers.filter((l) => map.getLayer(l));
    return map.queryRenderedFeatures(undefined, { layers: existing, filter: filter ?? undefined })
      .map((f) => ({ layer: f.layer.id, properties: f.properties, geometry: f.geometry }));
  }, { layers, filter });
}

/** Counts canvas pixels close to a colour (#rrggbb) — the map really painted it. */
export async function countPixels(page, hex, tolerance = 12) {
  return page.evaluate(({ hex, tolerance }) => {
    const map = window.__planningMap;
    const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
    const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
    const pixels = new Uint8Array(w * h * 4);
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let n = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - r) <= tolerance && Math.abs(pixels[i + 1] - g) <= tolerance && Math.abs(pixels[i + 2] - b) <= tolerance) n++;
    }
    return n;
  }, { hex, tolerance });
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

export async function login(page, account) {
  await page.fill('#login-username', account.username);
  await page.fill('#login-password', account.password);
  await page.click('.login button[type=submit]');
  await page.waitForSelector('#logout', { timeout: 15_000 });
}

/** Finds an object with the search tab, opens its boundary editor and waits for the map. */
export async function openBoundaryEditor(page, searchText, resultText) {
  await page.click('#tab-search');
  await page.fill('#search-input', searchText);
  await page.press('#search-input', 'Enter');
  await page.locator('#search-results button', { hasText: resultText }).first().click();
  await page.locator('[data-action="edit-boundary"]').first().click();
  await page.waitForSelector('#save-boundary');
  await waitForMapIdle(page);
}

/** The editor's first vertex: its [lon, lat] and, with `screen`, where it is on the page. */
export async function firstVertex(page) {
  return page.evaluate(() => {
    const map = window.__planningMap;
    const v = map.queryRenderedFeatures(undefined, { layers: ['edit-vertices'] }).find((f) => f.properties.index === 0);
    const p = map.project(v.geometry.coordinates);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y, lngLat: v.geometry.coordinates };
  });
}

/** Drags the first vertex 30 px down-left, holding Alt (no snapping, so the move is exact); returns where it was. */
export async function dragFirstVertex(page) {
  const vertex = await firstVertex(page);
  await page.keyboard.down('Alt');
  await page.mouse.move(vertex.x, vertex.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(vertex.x - 3 * i, vertex.y + 3 * i);
  await page.mouse.up();
  await page.keyboard.up('Alt');
  return vertex;
}

/** The colour the map painted at a WGS84 position, as #rrggbb (read right after a frame is drawn). */
export async function pixelAt(page, lngLat) {
  return page.evaluate((lngLat) => new Promise((resolve) => {
    const map = window.__planningMap;
    map.once('render', () => {
      const p = map.project(lngLat);
      const canvas = map.getCanvas();
      const gl = map.painter?.context?.gl ?? canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const ratio = gl.drawingBufferWidth / canvas.clientWidth;
      const px = new Uint8Array(4);
      gl.readPixels(Math.round(p.x * ratio), Math.round(gl.drawingBufferHeight - p.y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      resolve('#' + [px[0], px[1], px[2]].map((v) => v.toString(16).padStart(2, '0')).join(''));
    });
    map.triggerRepaint();
  }), lngLat);
}

/** Distance between two #rrggbb colours (max channel difference). */
export function colourDistance(a, b) {
  return Math.max(...[1, 3, 5].map((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16))));
}

/** Where a WGS84 position is on the page (for mouse actions on the map canvas). */
export async function screenPoint(page, lngLat) {
  return page.evaluate((lngLat) => {
    const map = window.__planningMap;
    const p = map.project(lngLat);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

export async function logout(page) {
  await page.click('#logout');
  await page.waitForSelector('#login-username');
}

/** A GraphQL request from the page with the signed-in user's own token (the session in localStorage): what the server holds. */
export async function apiAsSignedIn(page, query, variables = {}) {
  return page.evaluate(async ([q, v]) => {
    const { token } = JSON.parse(localStorage.getItem('planninggis.session'));
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: q, variables: v }),
    });
    return (await response.json()).data;
  }, [query, variables]);
}
