import { formatDate } from '../lib/format';
import type { Translate } from '../lib/i18n';
import type { QuestionFocus } from '../lib/letter';

/**
 * The condition and proposal the letter's first question names, picked among what the record states.
 * The record often holds more than one (a problem list, an older plan, the newest proposal); the
 * clinician decides. Episodes the letter left out as unrelated are listed here, never in the letter.
 */
export function QuestionFocusPicker(props: {
  t: Translate;
  candidates: QuestionFocus[];
  selectedKey: string | undefined;
  leftOut: string[];
  onPick(key: string): void;
}) {
  const { t, candidates } = props;
  const selected = candidates.find((c) => c.key === props.selectedKey)?.key ?? candidates[0]?.key ?? '';
  return (
    <section class="card" aria-labelledby="so-focus-h">
      <h2 id="so-focus-h">{t('focusLabel')}</h2>
      <p class="muted">{t('focusHelp')}</p>
      {candidates.length ? (
        <select data-testid="so-question-focus" aria-labelledby="so-focus-h" value={selected} onChange={(e) => props.onPick(e.currentTarget.value)}>
          {candidates.map((c) => (
            <option key={c.key} value={c.key}>
              {focusText(c)}
            </option>
          ))}
        </select>
      ) : (
        <p class="muted" data-testid="so-question-focus" data-state="none">
          {t('focusNone')}
        </p>
      )}
      {props.leftOut.length > 0 && (
        <details data-testid="so-left-out">
          <summary>{t('leftOutHeading', props.leftOut.length)}</summary>
          <ul>
            {props.leftOut.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** "gonartrose (KL-graad 4) — totale knieprothese rechts (12-10-2026)". */
function focusText(c: QuestionFocus): string {
  const what = [c.diagnosis ?? c.condition, c.proposal].filter(Boolean).join(' — ');
  return c.date ? `${what} (${formatDate(c.date)})` : what;
}
