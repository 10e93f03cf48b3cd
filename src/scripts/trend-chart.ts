// Browser-only: draws the interactive trend chart with chart.js when a reader asks for it.
// Loaded on demand (dynamic import), so pages ship no chart.js until a click.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend);

/** The data the page embeds: labels, and per series its name, colour and values in fen. */
export interface TrendData {
  labels: string[];
  series: { name: string; color: string; dash: number[]; values: (number | null)[] }[];
}

const yuan = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' 元';

/** Draws the chart into `canvas`; amounts are shown exactly in tooltips. */
export function drawTrend(canvas: HTMLCanvasElement, data: TrendData): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.name,
        data: s.values.map((v) => (v === null ? null : v / 1_000_000)),
        borderColor: s.color,
        backgroundColor: s.color,
        borderDash: s.dash,
        tension: 0,
      })),
    },
    options: {
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { beginAtZero: true, title: { display: true, text: '万元' } } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const fen = data.series[ctx.datasetIndex]!.values[ctx.dataIndex];
              return `${ctx.dataset.label}：${fen === null || fen === undefined ? '—' : yuan(fen)}`;
            },
          },
        },
      },
    },
  });
}
