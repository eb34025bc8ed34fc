import { describe, expect, it } from 'vitest';
import { formatSummary, median, percentile, summarise } from '../../../bench/stats';

describe('median and percentile', () => {
  it('takes the middle of odd and even counts and ignores what is not a number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, undefined, Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('gives a nearest-rank percentile: a value that was observed', () => {
    const values = Array.from({ length: 60 }, (_, i) => i + 1); // 1..60
    expect(percentile(values, 95)).toBe(57);
    expect(percentile(values, 50)).toBe(30);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });
});

describe('summarise', () => {
  it('reports min, median, worst and spread, the worst by direction', () => {
    const lower = summarise([120, 480, 250, null, 300, 310], 'lower', 0)!;
    expect(lower).toMatchObject({ runs: 5, min: 120, median: 300, max: 480, worst: 480, spread: 360, values: [120, 480, 250, 300, 310] });
    expect(lower.relativeSpread).toBe(1.2);
    const higher = summarise([0.66, 0.61, 0.67], 'higher', 2)!;
    expect(higher.worst).toBe(0.61);
  });

  it('is null when no run gave a figure', () => {
    expect(summarise([null, undefined])).toBeNull();
  });

  it('prints min / median / worst with the spread', () => {
    expect(formatSummary(summarise([12, 13, 15.9]), 'ms')).toBe('12 / 13 / 15.9 ms (spread 3.9, 3 runs)');
    expect(formatSummary(summarise([0.7, 0.5, 0.6], 'higher', 2), '×')).toBe('0.7 / 0.6 / 0.5 × (spread 0.2, 3 runs)');
    expect(formatSummary(summarise([27.1]), 'KB')).toBe('27.1 KB (1 run)');
    expect(formatSummary(null)).toBe('—');
  });
});
