// Statistics for the bench: every figure is reported over its runs as min / median / worst and spread,
// and budgets are judged on the worst run, not the median (one bad load in five is a bad load).

export type Direction = 'lower' | 'higher';

export interface Summary {
  runs: number;
  min: number;
  median: number;
  max: number;
  /** The run furthest from good: the highest for "lower is better", the lowest for "higher is better". */
  worst: number;
  /** max − min over the runs. */
  spread: number;
  /** spread / median, as a fraction (0.3 = ±15 % around the median, roughly). */
  relativeSpread: number | null;
  values: number[];
}

const finite = (xs: ReadonlyArray<number | null | undefined>): number[] => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

export function median(xs: ReadonlyArray<number | null | undefined>): number | null {
  const sorted = finite(xs).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): a value that was really observed. */
export function percentile(xs: ReadonlyArray<number>, p: number): number | null {
  const sorted = finite(xs).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

/** Summary over runs; null when no run gave a number. Values are kept in run order. */
export function summarise(xs: ReadonlyArray<number | null | undefined>, direction: Direction = 'lower', digits = 1): Summary | null {
  const values = finite(xs);
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const mid = median(values)!;
  return {
    runs: values.length,
    min: round(min, digits),
    median: round(mid, digits),
    max: round(max, digits),
    worst: round(direction === 'lower' ? max : min, digits),
    spread: round(max - min, digits),
    relativeSpread: mid === 0 ? null : round((max - min) / Math.abs(mid), 2),
    values: values.map((v) => round(v, digits)),
  };
}

/** "12.1 / 13.0 / 15.9 ms (spread 3.8)": best / median / worst (min first where lower is better). */
export function formatSummary(s: Summary | null, unit = ''): string {
  if (!s) return '—';
  const u = unit ? ` ${unit}` : '';
  const others = s.worst === s.max ? `${s.min} / ${s.median} / ${s.worst}` : `${s.max} / ${s.median} / ${s.worst}`;
  return s.runs === 1 ? `${s.worst}${u} (1 run)` : `${others}${u} (spread ${s.spread}, ${s.runs} runs)`;
}
