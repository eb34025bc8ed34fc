import { describe, expect, it } from 'vitest';
import { withTickedAnswers } from '../../../lib/detect/form-answers';

/** The rewrite with runs of space made one, after checking it kept the length. */
function read(text: string): string {
  const out = withTickedAnswers(text);
  expect(out.length).toBe(text.length);
  return out.replace(/ +/g, ' ');
}

describe('withTickedAnswers', () => {
  it('writes the ticked option of a yes / no pair as a typed answer of the same length', () => {
    expect(read('second opinion? ☐ yes   ☒ no')).toBe('second opinion? : no');
    expect(read('gewenst? [x] ja [ ] nee')).toBe('gewenst? : ja ');
  });
  it('reads options written before their boxes, yes or no only', () => {
    expect(read('wilt u dit? ja [ ] nee [x]')).toBe('wilt u dit? : nee ');
    expect(read('ok? yes ☑ no ☐')).toBe('ok? : yes ');
    expect(read('ok? j☐ n☒')).toBe('ok? :n');
  });
  it('keeps the ticked option of any other answer, and drops the ones left empty', () => {
    expect(read('[ ] yes, please arrange   [x] i am thinking about it   [ ] no').trim()).toBe(': i am thinking about it');
    expect(read('q1? [x] yes\nq2? [ ] yes [x] no')).toBe('q1? [x] yes\nq2? : no');
  });
  it('leaves a line alone when no box or every box is ticked, or it holds one box', () => {
    for (const text of ['x? ☐ yes ☐ no', 'x? ☒ yes ☒ no', 'x? [x] yes', 'x? yes/no', 'no box here', 'bp ✓ hr ✓ sat ✓']) {
      expect(withTickedAnswers(text)).toBe(text);
    }
  });
});
