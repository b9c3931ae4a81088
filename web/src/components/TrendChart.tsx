import { NO_YEARS } from '../app/labels';

/** Documents per year as a small SVG bar chart, with the numbers also in a table for screen readers. */
export function TrendChart({ points, title }: { points: { year: number; count: number }[]; title: string }) {
  if (points.length === 0) return <p className="empty trend-empty">{NO_YEARS}</p>;
  const max = Math.max(...points.map((p) => p.count), 1);
  const bar = 28;
  const gap = 8;
  const height = 120;
  const width = points.length * (bar + gap) + gap;
  return (
    <figure className="trend">
      <svg
        viewBox={`0 0 ${width} ${height + 36}`}
        width={Math.min(width, 640)}
        role="img"
        aria-label={`${title}：${points.map((p) => `${p.year}年${p.count}篇`).join('，')}`}
      >
        {points.map((p, i) => {
          const h = Math.max(2, (p.count / max) * height);
          const x = gap + i * (bar + gap);
          return (
            <g key={p.year}>
              <rect x={x} y={height - h + 14} width={bar} height={h} rx={3} className="bar" />
              <text x={x + bar / 2} y={height - h + 10} textAnchor="middle" className="value">
                {p.count}
              </text>
              <text x={x + bar / 2} y={height + 30} textAnchor="middle" className="axis">
                {String(p.year).slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}（横轴为年份后两位）</figcaption>
    </figure>
  );
}
