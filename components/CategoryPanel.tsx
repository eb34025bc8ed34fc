import type { Category, Field, QualityWarning, SuggestResult, Suggestion } from '../lib/categories';
import { getCategory } from '../lib/categories';
import type { Lang, Translate } from '../lib/i18n';
import type { QuestionType } from '../lib/letter';
import type { CategoryChoice, ConsentState, Reporting } from '../lib/draft-shapes';
import { formatDate } from '../lib/format';
import { OptionSelect } from './OptionSelect';
import { ShortText } from './ShortText';

/**
 * What to share, and with whose consent. Only relevant categories are suggested, each with its reason;
 * sensitive ones are never pre-selected and go along only with the patient's consent (GUIDE section 3).
 */
const QUESTIONS: QuestionType[] = ['diagnosis', 'treatment-options', 'stalled-treatment', 'surgery-indication', 'medication', 'prognosis', 'unknown'];
const FIELDS: Field[] = ['somatic', 'gp', 'dental', 'mental-health'];
const CONSENTS: ConsentState[] = ['unknown', 'given', 'refused'];

export interface CategoryPanelProps {
  t: Translate;
  lang: Lang;
  result: SuggestResult;
  choices: CategoryChoice[];
  reporting: Reporting;
  warnings: QualityWarning[];
  onQuestion(question: QuestionType): void;
  onField(field: Field): void;
  onToggle(id: string, selected: boolean): void;
  onConsent(id: string, consent: ConsentState): void;
  onReporting(reporting: Reporting): void;
}

export function CategoryPanel(props: CategoryPanelProps) {
  const { t, result } = props;
  const byRank = (rank: Suggestion['rank']) => result.suggestions.filter((s) => s.rank === rank);
  const notRelevant = byRank('not-relevant');
  return (
    <section class="card" aria-labelledby="so-categories-h">
      <h2 id="so-categories-h">{t('categoriesHeading')}</h2>
      <div class="two-col">
        <label>
          {t('questionLabel')}
          <OptionSelect t={t} prefix="question" options={QUESTIONS} value={result.question} onChange={props.onQuestion} />
        </label>
        <label>
          {t('fieldLabel')}
          <OptionSelect t={t} prefix="field" options={FIELDS} value={result.field} onChange={props.onField} />
        </label>
      </div>
      {props.warnings.map((w) => (
        <p class="warning" role="status" data-testid="so-error" data-code={w.code} key={w.code}>
          {w.message[props.lang]}
        </p>
      ))}
      <h3>{t('categoriesSuggested')}</h3>
      <CategoryList {...props} items={byRank('suggested')} empty={t('categoriesNoneSuggested')} />
      <h3>{t('categoriesOptional')}</h3>
      <CategoryList {...props} items={byRank('optional')} empty={t('categoriesNoneOptional')} />
      {notRelevant.length > 0 && (
        <details class="not-relevant">
          <summary>{t('categoriesNotRelevant', notRelevant.length)}</summary>
          <CategoryList {...props} items={notRelevant} empty="" />
        </details>
      )}
      <ReportingControls {...props} />
    </section>
  );
}

function CategoryList(props: CategoryPanelProps & { items: Suggestion[]; empty: string }) {
  if (props.items.length === 0) return <p class="muted">{props.empty}</p>;
  return (
    <ul class="categories">
      {props.items.map((s) => {
        const category = getCategory(s.id);
        return category ? <CategoryRow {...props} key={s.id} suggestion={s} category={category} /> : null;
      })}
    </ul>
  );
}

function CategoryRow(props: CategoryPanelProps & { suggestion: Suggestion; category: Category }) {
  const { t, lang, suggestion, category } = props;
  const choice = props.choices.find((c) => c.id === category.id) ?? { id: category.id, selected: false, consent: 'unknown' as const };
  const inputId = `cat-${category.id}`;
  const blocked = choice.selected && (choice.consent === 'refused' || (category.sensitive && choice.consent !== 'given'));
  return (
    <li
      class={`category${choice.selected ? ' selected' : ''}`}
      data-testid="so-category"
      data-category={category.id}
      data-suggested={String(suggestion.rank === 'suggested')}
      data-sensitive={String(category.sensitive)}
      data-selected={String(choice.selected)}
    >
      <div class="category-head">
        <input id={inputId} type="checkbox" checked={choice.selected} onChange={(e) => props.onToggle(category.id, e.currentTarget.checked)} />
        <label for={inputId} class="category-label">
          {category.label[lang]}
          {category.sensitive && <span class="badge-sensitive">{t('sensitive')}</span>}
        </label>
      </div>
      <p class="muted reason">
        <ShortText short={suggestion.reason[lang]} full={suggestion.reasonFull?.[lang]} />
      </p>
      {choice.selected && (
        <div class="consent" data-testid="so-consent" data-consent={choice.consent}>
          <label>
            {t('consentLabel')}
            <OptionSelect t={t} prefix="consent" options={CONSENTS} value={choice.consent} onChange={(c) => props.onConsent(category.id, c)} />
          </label>
          {choice.consentDate && choice.consent !== 'unknown' && <span class="muted">{t('consentRecorded', formatDate(choice.consentDate))}</span>}
          {blocked && <p class="muted">{category.sensitive ? t('sensitiveNeedsConsent') : t('refusedNotShared')}</p>}
        </div>
      )}
    </li>
  );
}

function ReportingControls(props: CategoryPanelProps) {
  const { t, reporting } = props;
  return (
    <fieldset class="reporting">
      <legend>{t('reportingHeading')}</legend>
      <label class="inline">
        <input
          type="checkbox"
          checked={reporting.selfReferred}
          onChange={(e) => props.onReporting({ ...reporting, selfReferred: e.currentTarget.checked })}
        />
        {t('selfReferred')}
      </label>
      {reporting.selfReferred && (
        <label>
          {t('informTreatingConsent')}
          <OptionSelect
            t={t}
            prefix="consent"
            options={CONSENTS}
            value={reporting.informTreatingClinicianConsent}
            onChange={(c) => props.onReporting({ ...reporting, informTreatingClinicianConsent: c })}
            testid="so-consent"
            data-consent={reporting.informTreatingClinicianConsent}
          />
        </label>
      )}
    </fieldset>
  );
}

