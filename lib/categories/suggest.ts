import type { ClinicalEntry } from '../messages';
import { assignEntries, entryText, newestEntry, wordsMatch } from './assign';
import { CATEGORIES, type Category } from './catalogue';
import { inferField, type FieldFocus } from './field';
import { inferQuestion } from './question';
import { fullReasonFor, reasonFor, type LevelSource } from './reasons';
import { BASE_NEEDS, FIELD_CAPS, FIELD_NEEDS, LEVEL_ORDER, QUESTION_NEEDS, capped, type Level } from './relevance';
import type { Rank, SuggestContext, SuggestResult, Suggestion } from './types';
import { normaliseText } from './word-match';

const RANK_ORDER: readonly Rank[] = ['suggested', 'optional', 'not-relevant'];

/**
 * Rank every catalogue category for this second opinion. Minimal necessary by default (GUIDE section
 * 3: share what is relevant, not everything): only categories the question or field needs, and only
 * when the record holds them, are suggested. A sensitive category is suggested only when the patient's
 * question or working diagnosis points at it, and is never ticked by default: sensitive categories are
 * opt-in, with the patient's explicit consent.
 */
export function suggestCategories(ctx: SuggestContext): SuggestResult {
  const question = ctx.question ?? inferQuestion(ctx.evidenceTexts, ctx.entries);
  const field = ctx.field ?? inferField(ctx.adapterId, ctx.entries, fieldFocus(ctx));
  const byCategory = assignEntries(ctx.entries);
  const focus = focusTexts(ctx.evidenceTexts, ctx.entries);

  const ranked = CATEGORIES.map((category, order) => {
    const entries = byCategory.get(category.id) ?? [];
    const { level, source } = levelOf(category, question, field, focus);
    const rank = rankOf(level, entries.length > 0);
    const reasonInput = { category, rank, level, source, entries, question, field };
    const reason = reasonFor(reasonInput);
    const full = fullReasonFor(reasonInput);
    const suggestion: Suggestion = {
      id: category.id,
      rank,
      sensitive: category.sensitive,
      preselect: rank === 'suggested' && !category.sensitive,
      reason,
      ...(full.nl !== reason.nl || full.en !== reason.en ? { reasonFull: full } : {}),
      entryIds: entries.map((e) => e.id),
    };
    return { suggestion, level, order };
  });

  ranked.sort(
    (a, b) =>
      RANK_ORDER.indexOf(a.suggestion.rank) - RANK_ORDER.indexOf(b.suggestion.rank) ||
      levelIndex(a.level) - levelIndex(b.level) ||
      a.order - b.order,
  );
  return { question, field, suggestions: ranked.map((r) => r.suggestion) };
}

function levelIndex(level: Level | undefined): number {
  return level ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length;
}

function rankOf(level: Level | undefined, inRecord: boolean): Rank {
  if (level === 'core') return inRecord ? 'suggested' : 'optional';
  if (level === 'relevant') return inRecord ? 'suggested' : 'not-relevant';
  if (level === 'useful') return inRecord ? 'optional' : 'not-relevant';
  return 'not-relevant';
}

/**
 * The question's own weight wins over the field's, the field's over the basic set: the reason then
 * names the most specific ground. A category the patient's words point at is at least relevant.
 */
function levelOf(
  category: Category,
  question: SuggestResult['question'],
  field: SuggestResult['field'],
  focus: string[],
): { level: Level | undefined; source: LevelSource | undefined } {
  const candidates: Array<[Level | undefined, LevelSource]> = [
    [QUESTION_NEEDS[question][category.id], 'question'],
    [FIELD_NEEDS[field][category.id], 'field'],
    [BASE_NEEDS[category.id], 'base'],
    [focus.some((t) => wordsMatch(category, t)) ? 'relevant' : undefined, 'linked'],
  ];
  let level: Level | undefined;
  let source: LevelSource | undefined;
  for (const [candidate, from] of candidates) {
    if (candidate && levelIndex(candidate) < levelIndex(level)) {
      level = candidate;
      source = from;
    }
  }
  const cap = FIELD_CAPS[field][category.id];
  const result = capped(level, cap);
  return { level: result, source: result ? source : undefined };
}

/** The patient's words, the entries they were found in, and the working diagnosis and plan. */
function fieldFocus(ctx: SuggestContext): FieldFocus {
  const ids = new Set(ctx.evidenceEntryIds ?? []);
  const newest = (kind: ClinicalEntry['kind']) => newestEntry(ctx.entries.filter((e) => e.kind === kind));
  return {
    evidence: ctx.evidenceTexts,
    evidenceEntries: ctx.entries.filter((e) => ids.has(e.id)),
    record: [newest('problem'), newest('care-plan')].filter((e): e is ClinicalEntry => !!e),
  };
}

/** The patient's words and the working diagnosis (the newest problem, as the letter takes it). */
function focusTexts(evidenceTexts: readonly string[], entries: readonly ClinicalEntry[]): string[] {
  const problem = newestEntry(entries.filter((e) => e.kind === 'problem'));
  return [...evidenceTexts.map(normaliseText), ...(problem ? [entryText(problem)] : [])];
}
