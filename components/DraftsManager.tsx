import { useEffect, useMemo, useState } from 'preact/hooks';
import { createTranslator, type Lang } from '../lib/i18n';
import { formatDate } from '../lib/format';
import type { DraftStore } from '../lib/store/draft-store';
import type { DraftChange } from '../lib/store/protocol';
import type { DraftSummary } from '../lib/store/schemas';
import { LIST_PAGE } from '../lib/store/list-page';

/**
 * Every stored draft in one list, newest first, a page at a time (search by patient name or date), with
 * export of all drafts as JSON, import of such a file (validated first; a bad file changes nothing) and
 * delete-all after confirmation.
 * The list follows changes made in any sidebar while it is open.
 */
export function DraftsManager(props: {
  lang: Lang;
  store: DraftStore;
  /** Subscribes to changes made by any page of the extension; returns the unsubscribe. */
  watchChanges(onChange: (change: DraftChange) => void): () => void;
  retentionDays: number;
  now(): Date;
  download(name: string, json: string): void;
}) {
  const t = useMemo(() => createTranslator(props.lang), [props.lang]);
  const [query, setQuery] = useState('');
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [shown, setShown] = useState(LIST_PAGE);
  const [more, setMore] = useState(false);
  const [expiring, setExpiring] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [version, setVersion] = useState(0);
  const [unavailable, setUnavailable] = useState(false);
  const { store } = props;

  useEffect(() => {
    let cancelled = false;
    // One more than shown tells whether a "show more" is needed, without counting the store.
    Promise.all([store.listDrafts({ query, limit: shown + 1 }), store.expiringSoon(props.now(), props.retentionDays)]).then(
      ([list, soon]) => {
        if (cancelled) return;
        setUnavailable(false);
        setMore(list.length > shown);
        setDrafts(list.slice(0, shown));
        setExpiring(new Set(soon.map((d) => d.id)));
      },
      () => !cancelled && setUnavailable(true),
    );
    return () => {
      cancelled = true;
    };
  }, [store, query, shown, version, props.retentionDays]);

  const refresh = () => setVersion((v) => v + 1);
  useEffect(() => props.watchChanges(refresh), [props.watchChanges]);
  /** Runs a store action from a button; a store that cannot answer is shown, not thrown. */
  const attempt = (action: () => Promise<void>) => () => void action().catch(() => setUnavailable(true));

  const exportAll = async () => {
    const file = await store.exportAll();
    props.download(`second-opinion-drafts-${props.now().toISOString().slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setNote({ kind: 'ok', text: t('draftsExported', file.drafts.length) });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setNote({ kind: 'error', text: t('importNotJson') });
      return;
    }
    const result = await store.importAll(data);
    if (result.ok) setNote({ kind: 'ok', text: t('importDone', result.imported, result.skipped) });
    else setNote({ kind: 'error', text: t('importRejected', result.message) });
    refresh();
  };

  const deleteAll = async () => {
    await store.deleteAll();
    setConfirming(false);
    setNote({ kind: 'ok', text: t('draftsDeletedAll') });
    refresh();
  };

  return (
    <section class="card" aria-labelledby="drafts-h" data-testid="so-drafts">
      <h2 id="drafts-h">{t('draftsHeading')}</h2>
      {unavailable && (
        <p class="error" role="alert" data-testid="so-error">
          {t('draftsStoreUnavailable')}
        </p>
      )}
      <p class="muted">{t('draftsRetentionNote', props.retentionDays)}</p>
      <label>
        {t('draftsSearch')}
        <input type="search" value={query} onInput={(e) => {
            setQuery(e.currentTarget.value);
            setShown(LIST_PAGE);
          }} data-testid="so-drafts-search" />
      </label>
      {drafts.length === 0 ? (
        <p class="muted">{t('draftsNone')}</p>
      ) : (
        <table class="drafts">
          <thead>
            <tr>
              <th scope="col">{t('draftsPatient')}</th>
              <th scope="col">{t('draftsChanged')}</th>
              <th scope="col">{t('draftsStatus')}</th>
              <th scope="col">
                <span class="sr-only">{t('draftsActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr key={d.id} data-testid="so-draft-row" data-expiring={String(expiring.has(d.id))}>
                <td>
                  {d.patientLabel.name}
                  {d.patientLabel.birthDate ? <span class="muted"> ({formatDate(d.patientLabel.birthDate)})</span> : null}
                </td>
                <td>
                  {formatDate(d.updatedAt.slice(0, 10))}
                  {expiring.has(d.id) && <span class="warning-inline"> {t('draftsExpiringSoon')}</span>}
                </td>
                <td>{t(`draftStatus_${d.status}` as never)}</td>
                <td>
                  <button
                    type="button"
                    onClick={attempt(() => store.remove(d.id).then(refresh))}
                  >
                    {t('draftsDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more && (
        <p class="muted" data-testid="so-drafts-more">
          {t('draftsShowing', drafts.length)}{' '}
          <button type="button" onClick={() => setShown((n) => n + LIST_PAGE)} data-testid="so-drafts-show-more">
            {t('draftsShowMore')}
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={attempt(exportAll)} data-testid="so-drafts-export">
          {t('draftsExportAll')}
        </button>
        <label class="file-button">
          {t('draftsImport')}
          <input type="file" accept="application/json,.json" data-testid="so-drafts-import" onChange={(e) => attempt(() => importFile(e.currentTarget.files?.[0]))()} />
        </label>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)} data-testid="so-drafts-delete-all">
            {t('draftsDeleteAll')}
          </button>
        ) : (
          <span class="confirm">
            {t('draftsDeleteAllConfirm')}{' '}
            <button type="button" class="danger" onClick={attempt(deleteAll)} data-testid="so-drafts-delete-all-confirm">
              {t('draftsDeleteAllYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        )}
      </div>
      {note && (
        <p class={note.kind === 'error' ? 'error' : 'muted'} role={note.kind === 'error' ? 'alert' : 'status'} data-testid={note.kind === 'error' ? 'so-error' : 'so-drafts-note'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
