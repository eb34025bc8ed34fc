// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { DraftSession } from '../../../components/draft-session';
import { DraftStatus } from '../../../components/DraftStatus';
import { LetterEditor, type LetterEditorProps } from '../../../components/LetterEditor';
import { createTranslator } from '../../../lib/i18n';
import type { Letter } from '../../../lib/letter';
import type { Draft } from '../../../lib/store';
import { newDraft } from '../store/make-draft';

/** The letter editor and the draft's save state as the clinician sees them. Invented patient only. */
const t = createTranslator('en');
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const LETTER: Letter = {
  lang: 'en',
  sections: [
    { id: 'question', title: 'Question', text: 'Is a total knee replacement indicated?', edited: false },
    { id: 'history', title: 'History', text: 'Knee pain since 2019. [[Fill in: previous treatments]]', edited: true },
  ],
  placeholders: [{ sectionId: 'history', label: 'previous treatments' }],
} as Letter;

function editor(overrides: Partial<LetterEditorProps> = {}) {
  const props: LetterEditorProps = {
    t,
    letter: LETTER,
    lang: 'en',
    recipient: { name: 'Dr. A. Jansen' },
    canUndo: false,
    onEdit: vi.fn(),
    onRegenerate: vi.fn(),
    onUndo: vi.fn(),
    onLang: vi.fn(),
    onRecipient: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<LetterEditor {...props} />) };
}

const section = (id: string) => screen.getByTestId('so-letter').querySelector<HTMLElement>(`[data-section="${id}"] [role="textbox"]`)!;

describe('LetterEditor', () => {
  it('shows the whole letter as editable text, with what is still to fill in', () => {
    editor();
    expect(section('question').textContent).toBe('Is a total knee replacement indicated?');
    expect(screen.getByTestId('so-letter').textContent).toContain('Knee pain since 2019.');
    expect(screen.getByTestId('so-placeholders').textContent).toContain('History: previous treatments');
    const characters = LETTER.sections.reduce((n, s) => n + s.title.length + s.text.length, 0);
    expect(screen.getByTestId('so-char-count').textContent).toBe(t('characterCount', characters));
  });

  it('hands each typed change to its section', () => {
    const { props } = editor();
    const box = section('question');
    box.textContent = 'Is surgery the only option?';
    fireEvent.input(box);
    expect(props.onEdit).toHaveBeenCalledWith('question', 'Is surgery the only option?');
  });

  it('offers undo only when there is something to undo, and writes the undone text back in', () => {
    const { props, rerender } = editor();
    const undo = () => screen.getByTestId('so-undo') as HTMLButtonElement;
    expect(undo().disabled).toBe(true);
    const edited: Letter = { ...LETTER, sections: [{ ...LETTER.sections[0]!, text: 'Typed by the clinician', edited: true }, LETTER.sections[1]!] };
    rerender(<LetterEditor {...props} letter={edited} canUndo />);
    expect(section('question').textContent).toBe('Typed by the clinician');
    expect(undo().disabled).toBe(false);
    fireEvent.click(undo());
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    rerender(<LetterEditor {...props} letter={LETTER} canUndo={false} />);
    expect(section('question').textContent).toBe('Is a total knee replacement indicated?');
  });

  it('regenerates only a section the clinician edited, and changes recipient and language', () => {
    const { props } = editor();
    const regenerate = (id: string) => screen.getByTestId('so-letter').querySelector<HTMLButtonElement>(`[data-section="${id}"] button`)!;
    expect(regenerate('question').disabled).toBe(true);
    fireEvent.click(regenerate('history'));
    expect(props.onRegenerate).toHaveBeenCalledWith('history');
    fireEvent.input(screen.getByLabelText(t('recipientOrganisation')), { target: { value: 'Voorbeeldkliniek' } });
    expect(props.onRecipient).toHaveBeenCalledWith({ name: 'Dr. A. Jansen', organisation: 'Voorbeeldkliniek' });
    fireEvent.change(screen.getByLabelText(t('letterLanguage')), { target: { value: 'nl' } });
    expect(props.onLang).toHaveBeenCalledWith('nl');
  });
});

const NOW = new Date('2026-11-20T10:00:00.000Z');
const DAY_MS = 24 * 3600 * 1000;

function savedDraft(updatedAt: Date): Draft {
  const iso = updatedAt.toISOString();
  return { ...newDraft(), id: 'd1', createdAt: iso, updatedAt: iso, revision: 2 } as Draft;
}

function session(overrides: Partial<DraftSession> = {}): DraftSession {
  return {
    key: 'pk-3f9a1c',
    loading: false,
    draft: savedDraft(NOW),
    status: 'saved',
    problem: null,
    conflict: null,
    conflictWaiting: false,
    refreshed: false,
    update: vi.fn(),
    keepMine: vi.fn(async () => undefined),
    audit: vi.fn(async () => undefined),
    exportJson: vi.fn(() => '{"draft":"d1"}'),
    ...overrides,
  };
}

function status(s: DraftSession) {
  return render(<DraftStatus t={t} session={s} fileName="draft.json" retentionDays={30} now={NOW} />);
}

describe('DraftStatus', () => {
  it('says whether the draft is saved, and nothing before anything was typed', () => {
    const { rerender } = status(session({ draft: null, status: 'idle' }));
    expect(screen.getByTestId('so-save-status').textContent).toBe('');
    rerender(<DraftStatus t={t} session={session({ status: 'pending' })} fileName="draft.json" retentionDays={30} now={NOW} />);
    expect(screen.getByTestId('so-save-status').textContent).toBe(t('save_pending'));
    rerender(<DraftStatus t={t} session={session()} fileName="draft.json" retentionDays={30} now={NOW} />);
    expect(screen.getByTestId('so-save-status').textContent).toBe(t('save_saved'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when the store cannot save, says the text is kept here and offers it as a download', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:draft');
    const s = session({ status: 'memory-only', problem: 'unavailable' });
    status(s);
    expect(screen.getByTestId('so-save-status').textContent).toBe(t('save_memory_only'));
    const alert = screen.getByTestId('so-error');
    expect(alert.dataset.code).toBe('unavailable');
    expect(alert.textContent).toContain(t('storeProblem_unavailable'));
    expect(alert.textContent).toContain(t('storeProblemKeepEditing'));
    fireEvent.click(screen.getByTestId('so-download-draft'));
    expect(s.exportJson).toHaveBeenCalled();
    expect(created).toHaveBeenCalledTimes(1);
    expect((created.mock.calls[0]![0] as Blob).type).toBe('application/json');
  });

  it('a newer version from another tab: says so, and lets the clinician keep their own', () => {
    const mine = savedDraft(NOW);
    const s = session({ conflict: { theirs: { ...mine, revision: 3 }, mine } });
    status(s);
    expect(screen.getByTestId('so-conflict').textContent).toContain(t('conflictNotice'));
    fireEvent.click(screen.getByTestId('so-keep-mine'));
    expect(s.keepMine).toHaveBeenCalledTimes(1);
    cleanup();
    status(session({ refreshed: true }));
    expect(screen.getByTestId('so-refreshed').textContent).toBe(t('refreshedFromOtherTab'));
  });

  it('while the clinician types, only says that a choice between versions follows in a pause', () => {
    status(session({ conflictWaiting: true }));
    expect(screen.getByTestId('so-conflict-waiting').textContent).toBe(t('conflictWaiting'));
    expect(screen.queryByTestId('so-conflict')).toBeNull();
    expect(screen.queryByTestId('so-keep-mine')).toBeNull();
  });

  it('warns a few days before retention deletes an unchanged draft', () => {
    const { rerender } = status(session({ draft: savedDraft(new Date(NOW.getTime() - 10 * DAY_MS)) }));
    expect(screen.queryByTestId('so-retention-notice')).toBeNull();
    rerender(<DraftStatus t={t} session={session({ draft: savedDraft(new Date(NOW.getTime() - 28 * DAY_MS)) })} fileName="draft.json" retentionDays={30} now={NOW} />);
    expect(screen.getByTestId('so-retention-notice').textContent).toBe(t('retentionNotice', '22-11-2026'));
  });
});
