import type { MapMouseEvent } from 'maplibre-gl';
import type { App } from '../app';
import { lang } from '../i18n';
import { formatNumber, formatAreaM2 } from '../format/number';
import {
  detectAxisOrder, parseCoordinateTable, planeArea, polygonToVn2000, polygonToWgs84, tablePolygon,
  type AxisOrder, type TableProblem, type TableRow,
} from '../format/vn2000';
import { h } from '../ui/dom';
import { fitTo, setOverlay, type OverlayName } from '../map/overlays';

const WGS84 = 4326;
const VN2000_LANG_SON = 9215; // EPSG:9215, VN-2000 / TM-3 107°15′: the API's GeometryInput accepts it

// The component's own words, so that it can be shared by several work areas without their catalogues.
const WORDS = {
  vi: {
    legend: 'Ranh giới',
    modeDraw: 'Vẽ trên bản đồ',
    modeTable: 'Nhập bảng tọa độ VN-2000',
    start: 'Bắt đầu vẽ',
    addCentre: 'Thêm đỉnh ở tâm bản đồ',
    undo: 'Bỏ đỉnh cuối',
    finish: 'Xong ranh giới',
    redraw: 'Vẽ lại',
    drawHint: 'Bấm lần lượt các đỉnh trên bản đồ (hoặc "Thêm đỉnh ở tâm bản đồ"), rồi bấm "Xong ranh giới".',
    drawing: 'Đang vẽ: {count} đỉnh.',
    tooFew: 'Một vùng cần ít nhất 3 đỉnh.',
    drawn: 'Đã vẽ ranh giới: {count} đỉnh, diện tích khoảng {area} (mặt phẳng VN-2000).',
    none: 'Chưa có ranh giới: hãy vẽ hoặc dán bảng tọa độ.',
    tableLabel: 'Bảng tọa độ (VN-2000, TM-3 107°15′, EPSG:9215)',
    tableHint: 'Mỗi dòng một điểm: số hiệu điểm (nếu có), X, Y. Dán từ Excel (cột cách bằng Tab), hoặc gõ cách bằng dấu chấm phẩy hay khoảng trắng; dấu thập phân là phẩy hoặc chấm.',
    read: 'Đọc bảng',
    unreadable: 'Dòng {line}: không đọc được “{token}” thành số.',
    tooFewNumbers: 'Dòng {line}: cần hai tọa độ X và Y, chỉ đọc được {found}.',
    tooFewPoints: 'Bảng cần ít nhất 3 điểm, mới có {found}.',
    detected: 'Thứ tự phát hiện từ độ lớn các số: X (Bắc) = {x}, Y (Đông) = {y} (điểm {point}).',
    undetected: 'Không nhận ra thứ tự X/Y từ độ lớn các số (tọa độ Bắc ở Lạng Sơn khoảng 2.400.000 m). Đang hiểu: X (Bắc) = {x}, Y (Đông) = {y} (điểm {point}).',
    swapped: 'Đã đổi thứ tự theo lựa chọn của bạn: X (Bắc) = {x}, Y (Đông) = {y} (điểm {point}). Độ lớn các số gợi ý thứ tự ngược lại: hãy kiểm tra kỹ.',
    confirm: 'Đúng thứ tự X (Bắc), Y (Đông) này',
    swap: 'Đổi X ↔ Y',
    summary: '{count} điểm, diện tích {area} trên mặt phẳng VN-2000.',
    needConfirm: 'Hãy xác nhận thứ tự X (Bắc), Y (Đông) của bảng tọa độ.',
    outside: 'Cảnh báo: tọa độ nằm ngoài khoảng thường gặp ở Lạng Sơn (Bắc 2.35–2.50 triệu m, Đông 350–650 nghìn m). Kiểm tra hệ tọa độ và kinh tuyến trục.',
  },
  en: {
    legend: 'Boundary',
    modeDraw: 'Draw on the map',
    modeTable: 'Enter a VN-2000 coordinate table',
    start: 'Start drawing',
    addCentre: 'Add a vertex at the map centre',
    undo: 'Remove last vertex',
    finish: 'Finish boundary',
    redraw: 'Draw again',
    drawHint: 'Click the vertices on the map one by one (or "Add a vertex at the map centre"), then "Finish boundary".',
    drawing: 'Drawing: {count} vertices.',
    tooFew: 'An area needs at least 3 vertices.',
    drawn: 'Boundary drawn: {count} vertices, about {area} (VN-2000 plane).',
    none: 'No boundary yet: draw one or paste a coordinate table.',
    tableLabel: 'Coordinate table (VN-2000, TM-3 107°15′, EPSG:9215)',
    tableHint: 'One point a line: point number (optional), X, Y. Paste from Excel (tab-separated) or type with semicolons or spaces; decimal comma or point.',
    read: 'Read table',
    unreadable: 'Line {line}: “{token}” is not a number.',
    tooFewNumbers: 'Line {line}: needs two coordinates X and Y, found {found}.',
    tooFewPoints: 'The table needs at least 3 points, it has {found}.',
    detected: 'Order detected from the magnitudes: X (North) = {x}, Y (East) = {y} (point {point}).',
    undetected: 'The X/Y order cannot be told from the magnitudes (northings in Lạng Sơn are about 2,400,000 m). Read as: X (North) = {x}, Y (East) = {y} (point {point}).',
    swapped: 'Order swapped as you chose: X (North) = {x}, Y (East) = {y} (point {point}). The magnitudes suggest the other order: check carefully.',
    confirm: 'This X (North), Y (East) order is right',
    swap: 'Swap X ↔ Y',
    summary: '{count} points, area {area} on the VN-2000 plane.',
    needConfirm: 'Confirm the X (North), Y (East) order of the coordinate table.',
    outside: 'Warning: the coordinates are outside the usual range for Lạng Sơn (N 2.35–2.50 million m, E 350–650 thousand m). Check the coordinate system and central meridian.',
  },
} as const;
type Word = keyof typeof WORDS.vi;

function say(word: Word, params: Record<string, string | number> = {}): string {
  return WORDS[lang()][word].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

function problemText(p: TableProblem): string {
  if (p.kind === 'unreadable') return say('unreadable', { line: p.line, token: p.token });
  if (p.kind === 'tooFewNumbers') return say('tooFewNumbers', { line: p.line, found: p.found });
  return say('tooFewPoints', { found: p.found });
}

const inLangSon = ([e, n]: GeoJSON.Position) => e > 350_000 && e < 650_000 && n > 2_350_000 && n < 2_500_000;

/**
 * A polygon boundary entered by drawing on the map or by typing/pasting a VN-2000 coordinate table.
 * A table is sent as typed in EPSG:9215 (no precision lost in a round trip through WGS84); the map
 * preview is converted in the browser. A drawn boundary is sent in WGS84, as it was clicked.
 */
export function boundaryInput(app: App, opts: {
  idPrefix: string; initial?: GeoJSON.Polygon | null; overlayName?: OverlayName;
  /** Told the boundary each time one is complete (drawing finished, table read with its order confirmed), and null when it is not. */
  onChange?: (value: { geometry: GeoJSON.Polygon; srid: number } | null) => void;
}):
  { element: HTMLElement; value(): { geometry: GeoJSON.Polygon; srid: number } | null; clear(): void; stop(): void } {
  const overlay: OverlayName = opts.overlayName ?? 'draft';
  const id = (s: string) => `${opts.idPrefix}-${s}`;
  let mode: 'draw' | 'table' = 'draw';
  let vertices: [number, number][] = [];
  let drawn: GeoJSON.Polygon | null = opts.initial ?? null;
  let rows: TableRow[] = [];
  let order: AxisOrder = 'XY';
  let tableProblems: TableProblem[] = [];

  // Drawing
  const drawStatus = h('p', { id: id('draw-status'), class: 'muted', 'aria-live': 'polite' });
  const undo = h('button', { type: 'button', id: id('undo'), onclick: () => { vertices.pop(); showDrawing(); } }, say('undo'));
  const addCentre = h('button', { type: 'button', id: id('add-centre'), onclick: () => addVertex(app.map.getCenter().lng, app.map.getCenter().lat) }, say('addCentre'));
  const finish = h('button', { type: 'button', id: id('finish'), onclick: () => finishDrawing() }, say('finish'));
  const start = h('button', { type: 'button', id: id('start'), onclick: () => startDrawing() }, say('start'));
  const drawPart = h('div', { id: id('draw') }, h('div', { class: 'button-row' }, start, addCentre, undo, finish), drawStatus);

  const stopClicks = () => {
    if (app.clickTool === onMapClick) app.clickTool = null;
    app.map.getCanvas().style.cursor = '';
  };
  const drawingButtons = (on: boolean) => {
    start.hidden = on;
    addCentre.hidden = undo.hidden = finish.hidden = !on;
    start.textContent = drawn ? say('redraw') : say('start');
  };
  function onMapClick(e: MapMouseEvent) {
    addVertex(e.lngLat.lng, e.lngLat.lat);
  }
  function addVertex(lng: number, lat: number) {
    if (app.clickTool !== onMapClick) startDrawing();
    vertices.push([lng, lat]);
    showDrawing();
  }
  function startDrawing() {
    vertices = [];
    drawn = null;
    changed();
    app.clickTool = onMapClick;
    app.map.getCanvas().style.cursor = 'crosshair';
    drawingButtons(true);
    showDrawing();
    drawStatus.textContent = say('drawHint');
  }
  function showDrawing() {
    const features: GeoJSON.Feature[] = vertices.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } }));
    if (vertices.length > 1) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: vertices } });
    setOverlay(app.map, overlay, { type: 'FeatureCollection', features });
    drawStatus.textContent = say('drawing', { count: vertices.length });
  }
  function finishDrawing() {
    if (vertices.length < 3) return void (drawStatus.textContent = say('tooFew'));
    drawn = { type: 'Polygon', coordinates: [[...vertices, vertices[0]]] };
    vertices = [];
    stopClicks();
    showDrawn();
    changed();
  }
  // What onChange hears: the complete boundary, without the messages value() writes.
  function complete(): { geometry: GeoJSON.Polygon; srid: number } | null {
    if (mode === 'table') return !tableProblems.length && rows.length && confirm.checked ? { geometry: tablePolygon(rows, order), srid: VN2000_LANG_SON } : null;
    return drawn ? { geometry: drawn, srid: WGS84 } : null;
  }
  let last: string | null = null;
  function changed() {
    const now = complete();
    const key = now && JSON.stringify(now);
    if (key !== last) opts.onChange?.(now);
    last = key;
  }
  function showDrawn() {
    drawingButtons(false);
    setOverlay(app.map, overlay, drawn);
    drawStatus.textContent = drawn
      ? say('drawn', { count: drawn.coordinates[0].length - 1, area: formatAreaM2(planeArea(polygonToVn2000(drawn))) })
      : say('none');
  }

  // Coordinate table
  const table = h('textarea', {
    id: id('table'), name: 'coordinates', rows: 6, spellcheck: 'false', 'aria-describedby': `${id('table-hint')} ${id('table-problems')}`,
    placeholder: '1\t2416900,00\t448900,00\n2\t2416900,00\t449000,00\n3\t2417000,00\t449000,00',
    oninput: () => readTable(),
  }) as HTMLTextAreaElement;
  const problems = h('ul', { id: id('table-problems'), class: 'field-message', 'aria-live': 'polite' });
  const tableMessage = h('p', { id: id('table-message'), class: 'field-message', role: 'alert' });
  const orderText = h('p', { id: id('order') });
  const confirm = h('input', { type: 'checkbox', id: id('confirm-order'), onchange: () => { tableMessage.textContent = ''; showTable(false); changed(); } }) as HTMLInputElement;
  const swap = h('button', { type: 'button', id: id('swap'), onclick: () => { order = order === 'XY' ? 'YX' : 'XY'; confirm.checked = false; showTable(true); changed(); } }, say('swap'));
  const summary = h('p', { id: id('summary'), class: 'muted', 'aria-live': 'polite' });
  const orderPart = h('div', { id: id('order-part'), hidden: true, 'aria-live': 'polite' },
    orderText, h('div', { class: 'button-row' }, h('label', {}, confirm, ' ', say('confirm')), swap), summary);
  const tablePart = h('div', { id: id('table-part'), class: 'stack', hidden: true },
    h('label', { for: table.id }, say('tableLabel')), table,
    h('small', { id: id('table-hint'), class: 'muted' }, say('tableHint')),
    problems, orderPart, tableMessage);

  function readTable() {
    const parsed = parseCoordinateTable(table.value);
    rows = parsed.rows;
    tableProblems = table.value.trim() ? parsed.problems : [];
    tableMessage.textContent = '';
    problems.replaceChildren(...tableProblems.map((p) => h('li', {}, problemText(p))));
    if (parsed.problems.length || !rows.length) {
      orderPart.hidden = true;
      setOverlay(app.map, overlay, null);
      return changed();
    }
    const detected = detectAxisOrder(rows);
    order = detected ?? 'XY';
    confirm.checked = false;
    showTable(true);
    changed();
  }
  function showTable(fit: boolean) {
    const polygon = tablePolygon(rows, order);
    const [e, n] = polygon.coordinates[0][0];
    const detected = detectAxisOrder(rows);
    const word: Word = detected === order ? 'detected' : detected === null ? 'undetected' : 'swapped';
    orderPart.hidden = false;
    orderText.textContent = say(word, { x: formatNumber(n, 3), y: formatNumber(e, 3), point: rows[0].point ?? 1 });
    const warn = polygon.coordinates[0].some((c) => !inLangSon(c));
    summary.textContent = say('summary', { count: rows.length, area: formatAreaM2(planeArea(polygon)) }) + (warn ? ` ${say('outside')}` : '');
    const preview = polygonToWgs84(polygon);
    setOverlay(app.map, overlay, preview);
    if (fit && !warn) fitTo(app.map, preview, 18);
  }

  // Mode switch
  const modeName = id('mode');
  const modeRadio = (value: 'draw' | 'table', word: Word) => h('label', {},
    h('input', { type: 'radio', name: modeName, value, id: id(`mode-${value}`), checked: mode === value, onchange: () => setMode(value) }), ' ', say(word));
  function setMode(next: 'draw' | 'table') {
    mode = next;
    drawPart.hidden = next !== 'draw';
    tablePart.hidden = next !== 'table';
    stopClicks();
    vertices = [];
    if (next === 'draw') showDrawn();
    else if (rows.length) showTable(false);
    else setOverlay(app.map, overlay, null);
    changed();
  }

  const element = h('fieldset', { class: 'boundary-input stack', id: id('boundary') },
    h('legend', {}, say('legend')),
    h('div', { class: 'button-row', role: 'radiogroup' }, modeRadio('draw', 'modeDraw'), modeRadio('table', 'modeTable')),
    drawPart, tablePart);
  showDrawn();

  return {
    element,
    /** The boundary to send, or null (and the reason shown in the component) when there is none yet. */
    value() {
      if (mode === 'table') {
        if (tableProblems.length) return null;
        const missing = !rows.length ? say('none') : !confirm.checked ? say('needConfirm') : '';
        tableMessage.textContent = missing;
        if (missing) return null;
        return { geometry: tablePolygon(rows, order), srid: VN2000_LANG_SON };
      }
      if (!drawn) {
        drawStatus.textContent = vertices.length ? say('tooFew') : say('none');
        return null;
      }
      return { geometry: drawn, srid: WGS84 };
    },
    clear() {
      stopClicks();
      vertices = [];
      drawn = null;
      rows = [];
      table.value = '';
      tableProblems = [];
      problems.replaceChildren();
      tableMessage.textContent = '';
      orderPart.hidden = true;
      confirm.checked = false;
      setOverlay(app.map, overlay, null);
      showDrawn();
      changed();
    },
    stop() {
      stopClicks();
      setOverlay(app.map, overlay, null);
    },
  };
}
