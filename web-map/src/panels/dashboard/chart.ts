import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, type ChartDataset, type TooltipItem } from 'chart.js';
import { locale } from '../../i18n';
import { h } from '../../ui/dom';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A long name cut for the axis; the tooltip shows it in full. */
export function shortLabel(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
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

/** The canvas sized for its rows and legend, so names stay readable in the narrow panel. */
export function chartBox(canvasId: string, label: string, rows: number, legendRows: number): HTMLElement {
  const height = Math.max(180, rows * 30 + legendRows * 22 + 70);
  return h('div', { class: 'chart-box', style: `height:${height}px` }, h('canvas', { id: canvasId, role: 'img', 'aria-label': label }));
}

/** Horizontal bars (one row per zone or project) with both axis titles and a legend. */
export function drawBars(spec: BarChart): Chart {
  Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
  Chart.defaults.locale = locale();
  // The panel is about 380 px wide on every screen, so the axis keeps about 18 characters of a name.
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
          ticks: { autoSkip: false, callback(value) { return shortLabel(this.getLabelForValue(Number(value)), narrow ? 18 : 32); } },
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
