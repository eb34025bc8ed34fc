// The performance budgets of issue "keep the portal fast" and how each is judged: on the worst run.
import type { Direction, Summary } from './stats';

export interface Budget {
  /** What the budget is about, as the table prints it. */
  label: string;
  limit: number;
  direction: Direction; // 'lower': value ≤ limit is within budget; 'higher': value ≥ limit
  unit: string;
  /** Where the bench aims, when it is stricter than the budget (reported, not judged). */
  aim?: number;
}

export const BUDGETS = {
  longTasks: { label: 'long tasks > 50 ms caused by the extension, per load', limit: 0, direction: 'lower', unit: '' },
  loadEventRatio: { label: 'portal load event, with / without the extension', limit: 1.1, direction: 'lower', unit: '×' },
  flagAfterLoad: { label: 'launcher shows the flag, after the load event', limit: 500, direction: 'lower', unit: 'ms', aim: 250 },
  contentScriptGzip: { label: 'content script, gzip', limit: 15, direction: 'lower', unit: 'KB' },
  sidebarGzip: { label: 'sidebar, everything it loads, gzip', limit: 80, direction: 'lower', unit: 'KB' },
  saveP95: { label: 'draft save p95, sidebar → background → IndexedDB', limit: 15, direction: 'lower', unit: 'ms' },
  listOpen: { label: 'drafts list open (its first page), opening the database', limit: 100, direction: 'lower', unit: 'ms' },
  detectorRatio: { label: 'detector / bare regex throughput', limit: 0.5, direction: 'higher', unit: '×' },
} as const satisfies Record<string, Budget>;

export type BudgetKey = keyof typeof BUDGETS;

export type Verdict = 'ok' | 'missed' | 'not measured';

export interface Judgement {
  verdict: Verdict;
  /** The value the verdict rests on: the worst run. */
  judged: number | null;
  /** Also within the aim, where the budget has one. */
  withinAim?: boolean;
}

export function withinBudget(value: number, budget: Budget, limit = budget.limit): boolean {
  return budget.direction === 'lower' ? value <= limit : value >= limit;
}

/** Judges a figure on its worst run; a figure with no run is "not measured", which counts as missed. */
export function judge(summary: Summary | null, budget: Budget): Judgement {
  if (!summary) return { verdict: 'not measured', judged: null };
  const judged = summary.worst;
  const verdict: Verdict = withinBudget(judged, budget) ? 'ok' : 'missed';
  return budget.aim === undefined ? { verdict, judged } : { verdict, judged, withinAim: withinBudget(judged, budget, budget.aim) };
}

export function budgetText(budget: Budget): string {
  const unit = budget.unit === '×' || budget.unit === '' ? budget.unit : ` ${budget.unit}`;
  const aim = budget.aim === undefined ? '' : ` (aim ${budget.aim}${unit})`;
  return `${budget.direction === 'lower' ? '≤' : '≥'} ${budget.limit}${unit}${aim}`;
}

/**
 * The load-event budget compares like with like: the worst load with the extension against the worst
 * load without it, both from the same interleaved run. Pairwise ratios (each load against its
 * neighbour without) are reported beside it for their spread.
 */
export function worstLoadRatio(withExtension: Summary | null, without: Summary | null): number | null {
  if (!withExtension || !without || without.worst <= 0) return null;
  return Number((withExtension.worst / without.worst).toFixed(3));
}
