import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetText, judge, worstLoadRatio } from '../../../bench/budgets';
import { summarise } from '../../../bench/stats';

describe('judge', () => {
  it('judges on the worst run, not the median', () => {
    // Four good loads and one bad one: the median passes, the budget does not.
    const flags = summarise([180, 220, 240, 260, 640]);
    expect(flags!.median).toBe(240);
    expect(judge(flags, BUDGETS.flagAfterLoad)).toEqual({ verdict: 'missed', judged: 640, withinAim: false });
    expect(judge(summarise([180, 220, 240]), BUDGETS.flagAfterLoad)).toEqual({ verdict: 'ok', judged: 240, withinAim: true });
    expect(judge(summarise([300, 480]), BUDGETS.flagAfterLoad)).toEqual({ verdict: 'ok', judged: 480, withinAim: false });
  });

  it('takes the lowest run as the worst where higher is better', () => {
    expect(judge(summarise([0.66, 0.49, 0.7], 'higher', 2), BUDGETS.detectorRatio)).toEqual({ verdict: 'missed', judged: 0.49 });
    expect(judge(summarise([0.66, 0.5], 'higher', 2), BUDGETS.detectorRatio)).toEqual({ verdict: 'ok', judged: 0.5 });
  });

  it('counts zero long tasks as the only pass, and an unmeasured figure as not measured', () => {
    expect(judge(summarise([0, 0, 0, 0, 1]), BUDGETS.longTasks).verdict).toBe('missed');
    expect(judge(summarise([0, 0, 0, 0, 0]), BUDGETS.longTasks).verdict).toBe('ok');
    expect(judge(null, BUDGETS.saveP95)).toEqual({ verdict: 'not measured', judged: null });
  });
});

describe('worstLoadRatio', () => {
  it('compares the worst load with the extension to the worst without', () => {
    expect(worstLoadRatio(summarise([2100, 2300, 2500]), summarise([2000, 2400, 2200]))).toBe(1.042);
    expect(worstLoadRatio(summarise([2100]), null)).toBeNull();
  });
});

describe('budgetText', () => {
  it('says the limit, its direction and the aim', () => {
    expect(budgetText(BUDGETS.flagAfterLoad)).toBe('≤ 500 ms (aim 250 ms)');
    expect(budgetText(BUDGETS.loadEventRatio)).toBe('≤ 1.1×');
    expect(budgetText(BUDGETS.detectorRatio)).toBe('≥ 0.5×');
    expect(budgetText(BUDGETS.longTasks)).toBe('≤ 0');
  });
});
