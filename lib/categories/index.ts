export { CATEGORIES, getCategory, type Category } from './catalogue';
export type { Field, Lang, Rank, SuggestContext, Suggestion, SuggestResult } from './types';
export { inferQuestion } from './question';
export { inferField } from './field';
export { suggestCategories } from './suggest';
export { initialChoices, mergeChoices, setConsent, toggleCategory } from './choices';
export { canInclude, reportingAllowsTreatingClinician } from './consent';
export { toEnclosedCategories } from './enclosed';
export { buildChecklist, checklistToText } from './checklist';
