import { describe, expect, it } from 'vitest';
import { withoutInvisible } from '../../../lib/detect/invisible';

describe('withoutInvisible', () => {
  it('makes no copy of a text without invisible characters', () => {
    expect(withoutInvisible('Pt wil een second opinion.')).toBeNull();
  });

  it('drops soft hyphens, zero-width characters and a stray byte-order mark', () => {
    const v = withoutInvisible('\ufeffse\u00adcond\u200b opi\u200c\u200dnion\u2060.')!;
    expect(v.text).toBe('second opinion.');
  });

  it('maps start and end offsets back into the given text', () => {
    const given = 'ab\u00adcd\u200b\u200bef';
    const v = withoutInvisible(given)!;
    expect(v.text).toBe('abcdef');
    // "cd" is visible 2..4; given 3..5, the two zero-width spaces after it stay outside the span.
    expect(given.slice(v.toGiven(2), v.toGiven(4, true))).toBe('cd');
    // "ef" starts after both dropped characters.
    expect(given.slice(v.toGiven(4), v.toGiven(6, true))).toBe('ef');
    // A span over a dropped character keeps it.
    expect(given.slice(v.toGiven(0), v.toGiven(4, true))).toBe('ab\u00adcd');
    expect(v.toGiven(0)).toBe(0);
  });
});
