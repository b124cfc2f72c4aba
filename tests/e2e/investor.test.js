// Investor: finds an available plot in Đồng Bành Industrial Park and opens its card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForMapIdle, renderedFeatures, screenshot, login, accounts } from './lib/browser.js';

test('investor finds an available plot in Đồng Bành IP and opens its card', { timeout: 180_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    await waitForMapIdle(page);
    await login(page, accounts().investor);
    // The investor lands on the finder.
    await page.waitForSelector('#tab-finder[aria-selected=true]');
    await page.waitForSelector('#finder-zone option[value="KCN-DONG-BANH"]', { state: 'attached', timeout: 30_000 });
    await page.selectOption('#finder-zone', 'KCN-DONG-BANH');
    await page.check('#finder-available');
    await page.click('.finder-form button[type=submit]');
    await page.waitForSelector('#finder-results li', { timeout: 30_000 });
    const first = page.locator('#finder-results li').first();
    const code = await first.getAttribute('data-plot');
    assert.ok(code, 'a plot is listed');
    await first.locator('button').click();
    await page.waitForSelector(`.plot-card[data-plot="${code}"]`);
    const card = await page.textContent(`.plot-card[data-plot="${code}"]`);
    assert.match(card, /KCN-DONG-BANH|Đồng Bành/);
    assert.match(card, /Còn trống/);
    assert.match(card, /m²/);
    await waitForMapIdle(page);
    await screenshot(page, 'investor-plot-card');

    // What the map drew: the found plots as an overlay, the chosen plot highlighted, and its tile says AVAILABLE.
    const found = await renderedFeatures(page, ['ov-finder-fill']);
    assert.ok(found.some((f) => f.properties.code === code), 'the found plots are drawn');
    const highlight = await renderedFeatures(page, ['ov-highlight-line']);
    assert.ok(highlight.length > 0, 'the chosen plot is highlighted');
    const tile = await renderedFeatures(page, ['plots-fill'], ['==', ['get', 'code'], code]);
    assert.ok(tile.length > 0, 'the plot is drawn from the tiles');
    assert.equal(tile[0].properties.availability, 'AVAILABLE');
    assert.equal(tile[0].properties.zone_code, 'KCN-DONG-BANH');

    // List ↔ map: clicking the plot on the map selects it in the list.
    const other = page.locator('#finder-results li').nth(1);
    if (await other.count()) {
      const otherCode = await other.getAttribute('data-plot');
      const centre = await page.evaluate((c) => {
        const map = window.__planningMap;
        const f = map.queryRenderedFeatures(undefined, { layers: ['ov-finder-fill'], filter: ['==', ['get', 'code'], c] })[0];
        if (!f) return null;
        const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
        const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length, lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
        const p = map.project([lng, lat]);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, otherCode);
      if (centre) {
        await page.mouse.click(centre.x, centre.y);
        await page.waitForSelector(`#finder-results li.selected[data-plot="${otherCode}"]`, { timeout: 10_000 });
      }
    }
    await screenshot(page, 'investor-list-map-linked');

    // "What is planned here" (planningAt) at the chosen plot: the zone, the plot and the dossiers.
    await page.locator('#finder-results li button').first().click();
    await waitForMapIdle(page);
    await page.click('#tab-details');
    await page.click('#details-centre');
    const here = await page.waitForSelector(`.details-body .plot-card[data-plot="${code}"]`, { timeout: 30_000 });
    assert.ok(here, 'planningAt names the plot');
    assert.match(await page.textContent('.details-body'), /Khu công nghiệp Đồng Bành/);
    assert.ok(await page.$('.details-body .dossier-list li'), 'the dossiers covering the point are listed');
    await screenshot(page, 'investor-planning-here');
  } finally {
    await close();
  }
});

test('a link with #plot=CODE opens that plot\'s card on the map, and the address follows what is opened', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/#plot=DB-B-02');
    await page.waitForSelector('.plot-card[data-plot="DB-B-02"]', { timeout: 30_000 });
    await page.waitForSelector('#tab-details[aria-selected=true]');
    await waitForMapIdle(page);
    const highlight = await renderedFeatures(page, ['ov-highlight-line']);
    assert.ok(highlight.length > 0, 'the linked plot is highlighted on the map');

    // What an investor asks next, as the API says it: the indicative rent, the zone's infrastructure, whom to ask.
    const card = '.plot-card[data-plot="DB-B-02"]';
    await page.waitForSelector(`${card} .board-contact h4`, { timeout: 15_000 });
    const api = await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plot(code: "DB-B-02") { indicators { maxHeightM } rentGuide { annualRentVndPerM2 } zone { infrastructure { kind } } } boardContact { name } }' }) })).json()).data);
    const text = await page.textContent(card);
    assert.match(text, new RegExp(`${api.plot.rentGuide.annualRentVndPerM2.toLocaleString('vi-VN').replace(/\./g, '\\.')} đ/m²/năm`), 'the annual rent per m² is shown');
    assert.match(text, /Chiều cao tối đa/);
    assert.equal(await page.locator(`${card} .infrastructure li`).count(), api.plot.zone.infrastructure.length, 'every kind of infrastructure is listed');
    assert.ok(text.includes(api.boardContact.name), 'the board\'s contact point is on the card');
    // The documents of the plan that sets the plot's indicators: the sample's generated PDFs, downloadable.
    const documents = page.locator(`${card} .plot-documents li button`);
    assert.ok(await documents.count() >= 1, 'the plan\'s documents are listed');
    const [download] = await Promise.all([page.waitForEvent('download'), documents.first().click()]);
    const documentBytes = await (await import('node:fs/promises')).readFile(await download.path());
    assert.equal(documentBytes.subarray(0, 5).toString(), '%PDF-', 'the document downloads as a PDF');
    // The map fitted the plot: its view joins the link, the plot stays in it.
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /(^#|&)plot=DB-B-02(&|$)/);
    assert.match(hash, /(^#|&)map=\d/);
    const zoom = await page.evaluate(() => window.__planningMap.getZoom());
    assert.ok(zoom > 14, `the map zoomed to the plot (zoom ${zoom})`);

    // "Print card": one A4 page with the card and the reference-only statement, without the map.
    await page.waitForSelector('.share-row [data-action=print]');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#map canvas'), false, 'the map is not printed');
    assert.equal(await page.isVisible('.plot-card[data-plot="DB-B-02"]'), true, 'the card is printed');
    const note = await page.getAttribute('.details-body', 'data-print-note');
    assert.match(note, /Bản in tham khảo, không có giá trị pháp lý/);
    assert.match(note, /plot=DB-B-02/);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, 'the card prints on one page');
    await page.emulateMedia({ media: 'screen' });

    // Opening the plot's dossier replaces the plot in the link.
    await page.locator('.plot-card button.link').first().click();
    await page.waitForSelector('.dossier-card', { timeout: 30_000 });
    const after = await page.evaluate(() => location.hash);
    assert.match(after, /(^#|&)dossier=[^&]+/);
    assert.doesNotMatch(after, /plot=/);
    await screenshot(page, 'investor-linked-plot');
  } finally {
    await close();
  }
});
