import { useTranslator } from '../i18n/use-translator';
import { latencyChart, type LatencySample } from './latency-chart-model';

/**
 * A small chart of an endpoint's recent latency, in plain SVG (no chart library in the bundle):
 * answers as a line, failed attempts as red marks on the base line; its text alternative says the
 * same in words.
 */
export function LatencyChart(props: { samples: readonly LatencySample[] }) {
  const t = useTranslator();
  const chart = latencyChart(props.samples);
  if (!chart.count) return <p className="muted small">{t.t('ui.network.noHistory')}</p>;
  const label =
    chart.minMs !== undefined
      ? t.t('ui.network.chartLabel', {
          count: chart.count,
          min: Math.round(chart.minMs),
          max: Math.round(chart.maxMs ?? 0),
          failed: chart.failed,
        })
      : t.t('ui.network.chartAllFailed', { count: chart.count });
  return (
    <figure className="latency">
      <svg
        // The caption says the same in words; the drawing is for the eye.
        aria-hidden="true"
        focusable="false"
        width={chart.width}
        height={chart.height}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        data-samples={chart.count}
        data-failed={chart.failed}
      >
        <line className="axis" x1="0" y1={chart.height - 4} x2={chart.width} y2={chart.height - 4} />
        {chart.lines.map((points, i) => (
          <polyline key={i} className="line" points={points} />
        ))}
        {chart.dots.map((d, i) => (
          <circle key={i} className="dot" cx={d.x} cy={d.y} r="1.8" />
        ))}
        {chart.failures.map((x, i) => (
          <path key={i} className="fail" d={`M${x - 3} ${chart.height - 11}l6 6m0 -6l-6 6`} />
        ))}
      </svg>
      <figcaption className="small muted">{label}</figcaption>
    </figure>
  );
}
