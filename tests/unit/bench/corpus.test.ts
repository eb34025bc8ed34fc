import { describe, expect, it } from 'vitest';
import { generateCorpus, generateCorpusWithMentions } from '../../../bench/corpus';

describe('bench corpus', () => {
  const { notes, mentions } = generateCorpusWithMentions(2 * 1024 * 1024);

  it('mixes statements into about 2 % of ordinary notes', () => {
    const share = mentions.length / notes.length;
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.025);
    for (const m of mentions.slice(0, 50)) expect(notes.some((n) => n.includes(m))).toBe(true);
  });

  it('varies the statements instead of repeating a few sentences', () => {
    expect(new Set(mentions).size / mentions.length).toBeGreaterThan(0.5);
    // Both languages, and no single wording carries more than a few percent of the statements.
    expect(mentions.some((m) => /\b(wil|overweegt|tweede mening)\b/i.test(m))).toBe(true);
    expect(mentions.some((m) => /\b(would like|considering|opinion)\b/i.test(m))).toBe(true);
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m, (counts.get(m) ?? 0) + 1);
    expect(Math.max(...counts.values()) / mentions.length).toBeLessThan(0.05);
  });

  it('varies the ordinary notes too (short portal messages may repeat, as they do in a real record)', () => {
    const sample = notes.slice(0, 2000);
    expect(new Set(sample).size / sample.length).toBeGreaterThan(0.9);
  });

  it('is the same corpus for the same seed', () => {
    expect(generateCorpus(64 * 1024)).toEqual(generateCorpus(64 * 1024));
    expect(generateCorpus(64 * 1024, 2)).not.toEqual(generateCorpus(64 * 1024));
  });
});
