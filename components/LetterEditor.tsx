import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from '../lib/i18n';
import type { Letter, LetterLang, Recipient } from '../lib/letter';
import type { LetterSection } from '../lib/draft-shapes';

/**
 * The letter, section by section. Each section is a plain-text editable block so that the editor's
 * text is the letter itself (what you see is what is exported) and nothing typed is ever parsed as HTML.
 */
export interface LetterEditorProps {
  t: Translate;
  letter: Letter;
  lang: LetterLang;
  recipient: Recipient;
  canUndo: boolean;
  onEdit(id: string, text: string): void;
  onRegenerate(id: string): void;
  onUndo(): void;
  onLang(lang: LetterLang): void;
  onRecipient(recipient: Recipient): void;
}

export function LetterEditor(props: LetterEditorProps) {
  const { t, letter } = props;
  const characters = letter.sections.reduce((n, s) => n + s.title.length + s.text.length, 0);
  return (
    <section class="card letter-card" aria-labelledby="so-letter-h">
      <h2 id="so-letter-h">{t('letterHeading')}</h2>
      {/* The recipient fields hand on every keystroke, as the sections do: a re-render puts a controlled
          field's value back to the draft's, so a name typed but not yet handed on would be wiped. */}
      <div class="two-col">
        <label>
          {t('recipientName')}
          <input type="text" value={props.recipient.name ?? ''} onInput={(e) => props.onRecipient({ ...props.recipient, name: e.currentTarget.value.slice(0, 200) })} />
        </label>
        <label>
          {t('recipientOrganisation')}
          <input
            type="text"
            value={props.recipient.organisation ?? ''}
            onInput={(e) => props.onRecipient({ ...props.recipient, organisation: e.currentTarget.value.slice(0, 200) })}
          />
        </label>
      </div>
      <div class="toolbar">
        <label class="inline">
          {t('letterLanguage')}
          <select value={props.lang} onChange={(e) => props.onLang(e.currentTarget.value as LetterLang)}>
            <option value="nl">{t('languageNl')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
        </label>
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} data-testid="so-undo">
          {t('undo')}
        </button>
        <span class="muted" data-testid="so-char-count">
          {t('characterCount', characters)}
        </span>
      </div>
      <div data-testid="so-letter" class="letter" lang={props.lang}>
        {letter.sections.map((section) => (
          <SectionEditor key={section.id} t={t} section={section} onEdit={props.onEdit} onRegenerate={props.onRegenerate} />
        ))}
      </div>
      {letter.placeholders.length > 0 && (
        <div class="placeholders" data-testid="so-placeholders">
          <h3>{t('placeholdersHeading', letter.placeholders.length)}</h3>
          <ul>
            {letter.placeholders.map((p, i) => (
              <li key={`${p.sectionId}:${i}`}>
                {letter.sections.find((s) => s.id === p.sectionId)?.title ?? p.sectionId}: {p.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function SectionEditor(props: { t: Translate; section: LetterSection; onEdit(id: string, text: string): void; onRegenerate(id: string): void }) {
  const { t, section } = props;
  const ref = useRef<HTMLDivElement>(null);
  // The block is uncontrolled while the clinician types; outside changes (undo, regenerate, another tab) are written in.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && readText(el) !== section.text) el.textContent = section.text;
  }, [section.text]);
  const headingId = `so-sec-${section.id}`;
  return (
    <div class="letter-section" data-section={section.id} data-edited={String(section.edited)}>
      <div class="section-head">
        <h3 id={headingId}>{section.title}</h3>
        <button type="button" class="small" onClick={() => props.onRegenerate(section.id)} disabled={!section.edited} title={t('regenerateHelp')}>
          {t('regenerate')}
        </button>
      </div>
      <div
        ref={ref}
        class="section-text"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={headingId}
        contentEditable={'plaintext-only' as unknown as boolean}
        spellcheck
        onInput={(e) => props.onEdit(section.id, readText(e.currentTarget))}
      />
    </div>
  );
}

function readText(el: HTMLElement): string {
  // innerText turns the editor's line breaks into "\n" the same way in every browser we support.
  return el.innerText.replace(/\u00a0/g, ' ');
}
