import { useEffect, useRef } from 'react';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A uPlot chart (small, canvas based) sized to its options; re-created when data or options change. */
export function UPlotChart({ options, data }: { options: Options; data: AlignedData }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const width = options.width || ref.current.clientWidth || 300;
    const plot = new uPlot({ ...options, width }, data, ref.current);
    return () => plot.destroy();
  }, [options, data]);
  return <div ref={ref} aria-hidden="true" />;
}
