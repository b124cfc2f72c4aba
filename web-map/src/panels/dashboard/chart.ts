import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, type ChartDataset, type TooltipItem } from 'chart.js';
import { locale } from '../../i18n';
import { h } from '../../ui/dom';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * The usual abbreviations of planning documents, longest first, so that names sharing a long generic start
 * ("Khu vực cửa khẩu …", "Giải phóng mặt bằng …") stay distinct on a narrow axis.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^Giải phóng mặt bằng\s+/i, ''],
  [/Khu vực cửa khẩu ga đường sắt liên vận quốc tế/g, 'Ga LVQT'],
  [/Khu vực cửa khẩu quốc tế/g, 'CKQT'],
  [/Khu vực cửa khẩu/g, 'CK'],
  [/Khu vực lối thông quan/g, 'Lối TQ'],
  [/Khu công nghiệp/g, 'KCN'],
  [/Khu chế xuất/g, 'KCX'],
  [/Khu phi thuế quan/g, 'KPTQ'],
  [/Khu trung chuyển hàng hóa/g, 'KTCHH'],
  [/Khu hợp tác kinh tế/g, 'KHTKT'],
  [/Khu đô thị – dịch vụ/g, 'KĐT–DV'],
  [/Khu đô thị/g, 'KĐT'],
  [/khu dân cư/gi, 'KDC'],
  [/giai đoạn/gi, 'GĐ'],
];

/** A long name abbreviated, then cut, for the axis; the tooltip shows it in full. Names over 16 characters are
 * abbreviated even when they would fit, so that all border gates read "CK …" alike. */
export function shortLabel(name: string, max: number): string {
  if (name.length <= Math.min(16, max)) return name;
  const abbreviated = ABBREVIATIONS.reduce((text, [pattern, abbreviation]) => text.replace(pattern, abbreviation), name);
  const short = abbreviated.charAt(0).toLocaleUpperCase('vi') + abbreviated.slice(1);
  return short.length <= max ? short : `${short.slice(0, max - 1).trimEnd()}…`;
}

declare global {
  interface Window {
    /** For the end-to-end tests: the board's charts by canvas id, to check what they really drew (labels, legend, axes). */
    __planningCharts?: Record<string, Chart>;
  }
}

export interface BarChart {
  canvasId: string;
  /** Full names, one row per bar. */
  rows: string[];
  datasets: ChartDataset<'bar', number[]>[];
  stacked: boolean;
  valueTitle: string;
  rowTitle: string;
  max?: number;
  /** Extra tooltip lines for a row (counts behind a percentage). */
  footer?: (row: number) => string;
  /** The tooltip's value text. */
  value?: (v: number) => string;
}

/** Lines the bottom legend takes in a panel about 330 px wide (Chart.js packs entries left to right). */
export function legendLines(labels: string[], width = 330): number {
  let lines = 1, used = 0;
  for (const label of labels) {
    const entry = Math.min(label.length, 40) * 5.6 + 28;
    if (used > 0 && used + entry > width) { lines++; used = 0; }
    used += entry;
  }
  return lines;
}

/** The canvas sized for its rows and legend, so names stay readable in the narrow panel. */
export function chartBox(canvasId: string, label: string, rows: number, legend: string[]): HTMLElement {
  const height = Math.max(180, rows * 28 + legendLines(legend) * 20 + 80);
  return h('div', { class: 'chart-box', style: `height:${height}px` }, h('canvas', { id: canvasId, role: 'img', 'aria-label': label }));
}

/** Horizontal bars (one row per zone or project) with both axis titles and a legend. */
export function drawBars(spec: BarChart): Chart {
  Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
  Chart.defaults.locale = locale();
  // The panel is about 380 px wide on every screen, so the axis keeps about 22 characters (Chart.js gives it a third of the width) of a name.
  const narrow = (document.getElementById(spec.canvasId)?.parentElement?.clientWidth ?? 380) < 600;
  const axisTitle = (text: string) => ({ display: true, text, font: { weight: 'bold' as const } });
  const chart = new Chart<'bar', number[], string>(document.getElementById(spec.canvasId) as HTMLCanvasElement, {
    type: 'bar',
    data: { labels: spec.rows, datasets: spec.datasets },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        y: {
          stacked: spec.stacked, title: axisTitle(spec.rowTitle),
          ticks: { autoSkip: false, callback(value) { return shortLabel(this.getLabelForValue(Number(value)), narrow ? 22 : 36); } },
        },
        x: { stacked: spec.stacked, beginAtZero: true, max: spec.max, title: axisTitle(spec.valueTitle) },
      },
      plugins: {
        legend: {
          display: true, position: 'bottom',
          labels: {
            boxWidth: 12, font: { size: narrow ? 10 : 11 },
            // Chart.js does not wrap a legend entry: a long land-use or step name is cut (the tooltip has it whole).
            generateLabels: (chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart).map((l) => ({ ...l, text: shortLabel(l.text, narrow ? 40 : 60) })),
          },
        },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${spec.value ? spec.value(item.parsed.x ?? 0) : item.formattedValue}`,
            footer: (items: TooltipItem<'bar'>[]) => (spec.footer && items[0] ? spec.footer(items[0].dataIndex) : ''),
          },
        },
      },
    },
  });
  window.__planningCharts = { ...window.__planningCharts, [spec.canvasId]: chart as unknown as Chart };
  return chart as unknown as Chart;
}
