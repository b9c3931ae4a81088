import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface TrendSeries {
  label: string;
  points: { year: number; count: number }[];
}

const COLOURS = ['#2f7d4f', '#c0392b', '#2c6fbb', '#d68910', '#7d3c98', '#138d75', '#a04000', '#5d6d7e'];

/** Documents per year of several topics as one line chart (uPlot, loaded with this chunk only). */
export default function TopicTrendChart({ series, width = 640 }: { series: TrendSeries[]; width?: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || series.length === 0) return;
    // As wide as the page allows (a phone's 390 px), at most `width`.
    const fit = Math.min(width, host.current.parentElement?.clientWidth ?? width);
    const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
    const data: uPlot.AlignedData = [
      years,
      ...series.map((s) => {
        const byYear = new Map(s.points.map((p) => [p.year, p.count]));
        return years.map((year) => byYear.get(year) ?? 0);
      }),
    ];
    const chart = new uPlot(
      {
        width: fit,
        height: 220,
        scales: { x: { time: false } },
        axes: [{ values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? `${t}` : '')) }, { label: '篇数' }],
        series: [
          { label: '年份' },
          ...series.map((s, i) => ({ label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2, points: { size: 5 } })),
        ],
      },
      data,
      host.current,
    );
    return () => chart.destroy();
  }, [series, width]);
  return <div ref={host} className="topic-trend-chart" />;
}
