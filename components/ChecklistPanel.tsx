import type { Translate } from '../lib/i18n';
import type { ChecklistLine } from '../lib/categories';
import type { ChecklistState } from '../lib/draft-shapes';
import { OptionSelect } from './OptionSelect';
import { ShortText } from './ShortText';

/** The record bundle for practice staff: concrete items to collect and send, each with its state. */
const STATES: ChecklistState[] = ['to-collect', 'collected', 'sent'];

export function ChecklistPanel(props: { t: Translate; items: ChecklistLine[]; onState(id: string, state: ChecklistState): void; onPrint(): void }) {
  const { t } = props;
  return (
    <section class="card checklist" aria-labelledby="so-checklist-h" data-testid="so-checklist">
      <h2 id="so-checklist-h">{t('checklistHeading')}</h2>
      {props.items.length === 0 ? (
        <p class="muted">{t('checklistEmpty')}</p>
      ) : (
        <ul>
          {props.items.map((item) => (
            <li key={item.id} data-testid="so-checklist-item" data-state={item.state}>
              {/* The label already carries the date (lib/categories/enclosed.ts itemLine). */}
              <ShortText class="item-label" short={item.label} full={item.fullLabel} />
              {item.where && (
                <ShortText class="muted" short={t('checklistWhere', item.where)} full={item.fullWhere && t('checklistWhere', item.fullWhere)} />
              )}
              <OptionSelect
                t={t}
                prefix="checklist"
                options={STATES}
                value={item.state}
                onChange={(state) => props.onState(item.id, state)}
                label={t('checklistStateLabel', item.label)}
              />
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" onClick={props.onPrint} disabled={props.items.length === 0}>
          {t('checklistPrint')}
        </button>
      </div>
    </section>
  );
}
