import { useId } from 'preact/hooks';
import type { ReadingRecord } from '@/utils/records';
import { type Fmt, formatDate, formatDateTime, formatMB } from '@/utils/format';

/**
 * Data left over time, as a small hand-written SVG line chart.
 *
 * Why not a chart library: one polyline needs no dependency (the popup has a 45 KB budget and
 * chart libraries start at several times that), it renders the same in both browsers, follows the
 * page's CSS colours in dark mode, and is accessible as an image with a <title> and a <desc>,
 * while the same numbers are available as a real table for screen readers and copying.
 */

export interface UsageChartProps {
  readings: readonly Pick<ReadingRecord, 'at' | 'remainingMB' | 'totalMB'>[];
  fmt: Fmt;
}

const W = 320;
const H = 110;
const PAD = { left: 6, right: 6, top: 8, bottom: 8 };

/** Points in chart coordinates, oldest first; only readings with a remaining amount. */
export function chartPoints(
  readings: UsageChartProps['readings'],
): { points: Array<{ x: number; y: number; at: number; mb: number }>; maxMB: number } {
  const usable = readings
    .filter((r): r is typeof r & { remainingMB: number } => r.remainingMB !== null)
    .slice()
    .sort((a, b) => a.at - b.at);
  const first = usable[0];
  const last = usable[usable.length - 1];
  if (!first || !last) return { points: [], maxMB: 0 };
  const maxMB = Math.max(1, ...usable.map((r) => Math.max(r.remainingMB, r.totalMB ?? 0)));
  const span = Math.max(1, last.at - first.at);
  const points = usable.map((r) => ({
    x: PAD.left + ((r.at - first.at) / span) * (W - PAD.left - PAD.right),
    y: PAD.top + (1 - r.remainingMB / maxMB) * (H - PAD.top - PAD.bottom),
    at: r.at,
    mb: r.remainingMB,
  }));
  return { points, maxMB };
}

export function UsageChart({ readings, fmt }: UsageChartProps) {
  const { t } = fmt;
  const id = useId();
  const { points, maxMB } = chartPoints(readings);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length < 2 || !first || !last) {
    return <p class="meta">{t('popup_chart_few')}</p>;
  }
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const area = `${path} L${last.x.toFixed(1)},${H - PAD.bottom} L${first.x.toFixed(1)},${H - PAD.bottom} Z`;
  const desc = t('popup_chart_desc', [
    formatMB(first.mb, fmt.intl),
    formatDate(first.at, fmt.intl, fmt.zone),
    formatMB(last.mb, fmt.intl),
    formatDate(last.at, fmt.intl, fmt.zone),
  ]);
  return (
    <figure class="chart" data-testid="usage-chart">
      <div class="chart-axis">
        <span>{formatMB(maxMB, fmt.intl)}</span>
      </div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{t('popup_chart_title')}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={PAD.top} y2={PAD.top} />
        <path class="area" d={area} />
        <path class="line" d={path} />
        <circle class="dot" cx={last.x} cy={last.y} r={3} />
      </svg>
      <div class="chart-axis x">
        <span>{formatDate(first.at, fmt.intl, fmt.zone)}</span>
        <span>{formatDate(last.at, fmt.intl, fmt.zone)}</span>
      </div>
      <details class="chart-table">
        <summary>{t('popup_chart_table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('popup_chart_when')}</th>
              <th scope="col">{t('popup_data_left')}</th>
            </tr>
          </thead>
          <tbody>
            {points
              .slice()
              .reverse()
              .map((p) => (
                <tr key={p.at}>
                  <td>{formatDateTime(p.at, fmt.intl, fmt.zone)}</td>
                  <td>{formatMB(p.mb, fmt.intl)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
