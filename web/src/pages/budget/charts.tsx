import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Apache ECharts, tree-shaken to the charts the dashboard draws; SVG so the charts stay sharp and readable by the browser.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** One chart; `label` names it for screen readers (ECharts' aria description of the data is inside). */
export function Chart({ option, label, height = 320 }: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.setOption({ aria: { enabled: true }, animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  // ECharts writes its own aria-label on the element it draws in, so the accessible name sits on a wrapper.
  return (
    <div className="budget-chart" role="img" aria-label={label}>
      <div ref={box} style={{ height }} />
    </div>
  );
}

export const yuan = (fen: number) => fen / 100;

/** "1,234.50 元" from fen, exact. */
export function formatYuan(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.trunc(abs / 100).toLocaleString('zh-CN')}.${String(abs % 100).padStart(2, '0')} 元`;
}
