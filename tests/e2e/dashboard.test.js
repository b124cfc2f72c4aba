// The statistics board, read as a manager (anonymous, the public figures): charts name the zones and carry
// legends and axis titles with units; occupancy says what it divides, with the counts; site clearance covers every
// project (also one outside any zone) and counts households at each statutory step exactly as the API does; every
// table downloads as CSV (BOM, header in Vietnamese, raw numbers); and nothing scrolls sideways at phone width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, launch, openPage, screenshot } from './lib/browser.js';

const FIGURES = `{
  statistics { plots plotsForInvestment plotsAllocated plotsAvailable occupancyRate }
  zones(first: 200) { nodes { code name statistics { plotsForInvestment plotsAllocated occupancyRate clearance { projects } } } }
  clearanceProjects(first: 200) { totalCount nodes { code name zone { code } parcels { currentStep { stepNo } } } }
  clearanceStepKinds { stepNo nameVi }
}`;

/** A query as an anonymous visitor would send it (the board is public). */
async function anonymous(page, query) {
  return page.evaluate(async (q) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    return (await response.json()).data;
  }, query);
}

/** What a chart holds: row labels, what the axis shows for them, dataset labels, legend and axis titles. */
async function chartFacts(page, id) {
  return page.evaluate((id) => {
    const chart = window.__planningCharts?.[id];
    if (!chart) return null;
    return {
      labels: chart.data.labels,
      ticks: chart.scales.y.ticks.map((tick) => chart.scales.y.options.ticks.callback.call(chart.scales.y, tick.value)),
      datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })),
      legend: chart.legend.options.display ? chart.legend.legendItems.map((i) => i.text) : [],
      xTitle: chart.options.scales.x.title.display ? chart.options.scales.x.title.text : null,
      yTitle: chart.options.scales.y.title.display ? chart.options.scales.y.title.text : null,
    };
  }, id);
}

async function tableRows(page, slug) {
  return page.locator(`[data-table="${slug}"] tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.dataset.value ?? c.textContent)));
}

/** Households per step as the board should count them: index 0 not started, then one per statutory step. */
function expectedByStep(project, steps) {
  const counts = [0, ...steps.map(() => 0)];
  for (const p of project.parcels) counts[p.currentStep ? steps.findIndex((s) => s.stepNo === p.currentStep.stepNo) + 1 : 0]++;
  return counts;
}

test('the statistics board names zones, explains occupancy, counts clearance by step as the API does and downloads CSV', { timeout: 120_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page, problems } = await openPage(context, '/');
    const opened = Date.now();
    await page.click('#tab-dashboard');
    await page.waitForFunction(() => window.__planningCharts?.['chart-conversions'], null, { timeout: 30_000 });
    console.log(`MEASURE dashboard (tab to every chart drawn): ${Date.now() - opened} ms`);
    const api = await anonymous(page, FIGURES);
    const zones = api.zones.nodes;
    const steps = [...api.clearanceStepKinds].sort((a, b) => a.stepNo - b.stepNo);
    const projects = api.clearanceProjects.nodes;
    assert.equal(steps.length, 11);
    assert.ok(zones.some((z) => z.name === 'Khu công nghiệp Đồng Bành'), `sample zone names: ${zones.map((z) => z.name)}`);

    // Zone names (not codes) on the land-use chart; long ones cut on the axis only.
    const landUse = await chartFacts(page, 'chart-land-use');
    assert.deepEqual(landUse.labels, zones.map((z) => z.name));
    // Long names are abbreviated (CKQT Hữu Nghị) on the axis and stay distinct; the chart's labels keep them whole.
    landUse.ticks.forEach((tick, i) => assert.ok(tick === zones[i].name || tick.length <= 24, `${tick} for ${zones[i].name}`));
    assert.equal(new Set(landUse.ticks).size, zones.length, `axis labels not distinct: ${landUse.ticks}`);
    assert.ok(landUse.ticks.includes('CKQT Hữu Nghị'), `${landUse.ticks}`);
    assert.equal(landUse.xTitle, 'Diện tích (ha)');
    assert.equal(landUse.yTitle, 'Khu chức năng');
    assert.equal(landUse.legend.length, landUse.datasets.length);
    assert.ok(landUse.legend.length > 1 && landUse.legend.every((l) => / – /.test(l)), `land-use legend ${landUse.legend}`);

    // Occupancy: every zone offering plots, by name, plus the whole economic zone; the note has the counts.
    const occupancy = await chartFacts(page, 'chart-occupancy');
    assert.deepEqual(occupancy.labels, ['Toàn khu kinh tế', ...zones.filter((z) => z.statistics.plotsForInvestment > 0).map((z) => z.name)]);
    assert.equal(occupancy.datasets[0].data[0], Math.round(api.statistics.occupancyRate * 1000) / 10);
    assert.match(occupancy.xTitle, /%/);
    assert.deepEqual(occupancy.legend, ['Tỷ lệ lấp đầy (%)']);
    const note = await page.locator('#fig-occupancy .chart-note').textContent();
    assert.match(note, /diện tích các lô đã giao.*\/ diện tích các lô mời gọi đầu tư/);
    assert.ok(note.includes(`${api.statistics.plotsAllocated}/${api.statistics.plotsForInvestment} lô mời đầu tư đã giao`), note);
    const occupancyRows = await tableRows(page, 'thong-ke-lap-day');
    for (const z of zones) {
      const row = occupancyRows.find((r) => r[1] === z.code);
      assert.deepEqual(row.slice(2, 4).map(Number), [z.statistics.plotsForInvestment, z.statistics.plotsAllocated], `occupancy row of ${z.code}`);
    }

    // Clearance: every project by name (one lies outside every zone), and households per step exactly as the API has them.
    const clearance = await chartFacts(page, 'chart-clearance');
    assert.deepEqual(clearance.labels, projects.map((p) => p.name));
    assert.equal(projects.length, api.clearanceProjects.totalCount);
    const projectRows = await tableRows(page, 'thong-ke-gpmb-du-an');
    assert.equal(projectRows.find((r) => r[1] === 'GPMB-KPTQ-GD2')?.[2], 'Ngoài khu chức năng');
    assert.equal(projectRows.find((r) => r[1] === 'GPMB-KTCHH')?.[5], '1');
    const zoneRows = await tableRows(page, 'thong-ke-gpmb-khu');
    const withoutProject = zones.filter((z) => z.statistics.clearance.projects === 0).map((z) => z.code);
    assert.ok(withoutProject.length > 0);
    for (const code of withoutProject) assert.equal(zoneRows.find((r) => r[1] === code)?.[5], 'Không có dự án');

    const byStep = await chartFacts(page, 'chart-clearance-steps');
    assert.deepEqual(byStep.labels, projects.map((p) => p.name));
    assert.deepEqual(byStep.legend.slice(0, 2), ['Chưa bắt đầu', `1. ${steps[0].nameVi}`]);
    assert.equal(byStep.legend.length, 12);
    assert.equal(byStep.xTitle, 'Số hộ (số thửa đất bị ảnh hưởng)');
    const stepRows = await tableRows(page, 'thong-ke-gpmb-theo-buoc');
    assert.equal(stepRows.length, projects.length);
    let households = 0;
    for (const p of projects) {
      const expected = expectedByStep(p, steps);
      const row = stepRows.find((r) => r[1] === p.code);
      assert.deepEqual(row.slice(2).map(Number), [...expected, p.parcels.length], `steps of ${p.code}`);
      assert.deepEqual(byStep.datasets.map((d) => d.data[projects.indexOf(p)]), expected, `chart of ${p.code}`);
      households += p.parcels.length;
    }
    assert.ok(households > 0 && stepRows.some((r) => r.slice(3, 14).some((c) => Number(c) > 0)), 'some parcels are past step 0');
    for (const id of ['occupancy', 'land-use', 'clearance', 'clearance-steps', 'conversions']) {
      await page.locator(`#fig-${id}`).screenshot({ path: join(ARTIFACTS, `dashboard-${id}.png`) });
    }

    // CSV of the steps table: BOM, Vietnamese header, semicolons, raw counts equal to the API's.
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv="thong-ke-gpmb-theo-buoc"]')]);
    const bytes = readFileSync(await download.path());
    console.log(`MEASURE dashboard CSV download: ${Date.now() - started} ms`);
    // Named with the day in Vietnam (the browser's time zone here).
    assert.equal(download.suggestedFilename(), `thong-ke-gpmb-theo-buoc-${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)}.csv`);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    const header = lines[0].split(';');
    assert.deepEqual(header.slice(0, 4), ['Tên dự án', 'Mã dự án', 'Chưa bắt đầu', `Bước 1: ${steps[0].nameVi}`]);
    assert.equal(header.at(-1), 'Tổng số thửa');
    const sample = projects.find((p) => p.parcels.length > 0);
    const line = lines.find((l) => l.split(';')[1] === sample.code);
    assert.ok(line, `no CSV row for ${sample.code}`);
    assert.deepEqual(line.split(';').slice(2).map(Number), [...expectedByStep(sample, steps), sample.parcels.length]);

    // CSV of occupancy: the whole economic zone's rate as a plain dot-decimal percentage.
    const [occupancyFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv="thong-ke-lap-day"]')]);
    const occupancyCsv = readFileSync(await occupancyFile.path(), 'utf8').slice(1).split('\r\n');
    assert.equal(occupancyCsv[0], 'Khu chức năng;Mã khu;Số lô mời đầu tư;Số lô đã giao;Số lô còn trống;Tỷ lệ lấp đầy (%)');
    const s = api.statistics;
    assert.equal(occupancyCsv[1], `Toàn khu kinh tế;;${s.plotsForInvestment};${s.plotsAllocated};${s.plotsAvailable};${Math.round(s.occupancyRate * 10000) / 100}`);

    // Phone width: the panel does not scroll sideways; wide tables scroll inside their own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    const widths = await page.evaluate(() => {
      const panel = document.querySelector('.tab-panel[data-tab="dashboard"]');
      return { doc: document.documentElement.scrollWidth, panel: panel.scrollWidth, panelClient: panel.clientWidth };
    });
    assert.ok(widths.doc <= 390, `page ${widths.doc} px wide`);
    assert.ok(widths.panel <= widths.panelClient + 1, `panel scrolls sideways: ${JSON.stringify(widths)}`);
    await screenshot(page, 'dashboard-phone');
    await page.click('#sheet-toggle');
    await page.locator('[data-table="thong-ke-gpmb-theo-buoc"]').screenshot({ path: join(ARTIFACTS, 'dashboard-steps-table-phone.png') });
    await page.locator('#fig-clearance-steps').screenshot({ path: join(ARTIFACTS, 'dashboard-steps-phone.png') });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the board says when the figures cannot be loaded, and speaks English with an English CSV header', { timeout: 90_000 }, async () => {
  const { context, close } = await launch();
  try {
    const { page } = await openPage(context, '/');
    // The statistics request fails (the server is down for it): the board says so instead of drawing empty charts.
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('query Statistics')
      ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' })
      : route.continue()));
    await page.click('#tab-dashboard');
    const alert = page.locator('.tab-panel[data-tab="dashboard"] .error[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    assert.match(await alert.textContent(), /^Không tải được số liệu thống kê\./);
    assert.equal(await page.locator('.tab-panel[data-tab="dashboard"] canvas').count(), 0);
    await page.unroute('**/graphql');

    // In English: axis titles, legend and the CSV header follow the language; zone names stay as the API has them.
    await page.evaluate(() => localStorage.setItem('planninggis.lang', 'en'));
    await page.reload({ waitUntil: 'load' });
    await page.click('#tab-dashboard');
    await page.waitForFunction(() => window.__planningCharts?.['chart-conversions'] && document.querySelector('#chart-conversions'), null, { timeout: 30_000 });
    const facts = await chartFacts(page, 'chart-occupancy');
    assert.equal(facts.yTitle, 'Functional zone');
    assert.deepEqual(facts.legend, ['Occupancy (%)']);
    assert.equal(facts.labels[0], 'Whole economic zone');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv="thong-ke-gpmb-du-an"]')]);
    const header = readFileSync(await download.path(), 'utf8').slice(1).split('\r\n')[0];
    assert.equal(header, 'Project name;Project code;Functional zone;Affected parcels;Parcels handed over;Area handed over (%)');
    assert.match(await page.textContent('[data-csv="thong-ke-gpmb-du-an"]'), /^Download CSV \(by project\)$/);
  } finally {
    await close();
  }
});
