import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './UPlotChart.css';

/**
 * A uPlot chart that fits its box and redraws with the theme. Colours come from the CSS
 * variables, so both themes are designed once, in styles/tokens.css.
 */
export function UPlotChart({
  data,
  options,
  theme,
  label,
}: {
  data: uPlot.AlignedData;
  options: (colours: (name: string) => string) => Omit<uPlot.Options, 'width' | 'height'>;
  theme: string;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const style = getComputedStyle(document.documentElement);
    const colour = (name: string) => style.getPropertyValue(name).trim();
    const chart = new uPlot(
      { ...options(colour), width: element.clientWidth || 480, height: 200 },
      data,
      element,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: element.clientWidth, height: 200 }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [data, options, theme]);
  // The chart is a picture; the same figures are in the table beside it for screen readers.
  return <div ref={box} className="chart" role="img" aria-label={label} />;
}
