/**
 * What one tab knows about the stored revisions of its drafts, kept in two separate tallies:
 *  - the newest revision this tab itself stored: a save queued while an earlier save of ours was in
 *    flight is based on that one, not on the revision it was typed against;
 *  - the newest revision seen stored by anyone (including another tab's version handed back as a
 *    conflict): a change notice at or below it is old news.
 * Another tab's revision must never become the base of our own save: text typed before that tab's
 * save would then overwrite it silently instead of being refused as a conflict.
 */
export interface RevisionLedger {
  /** This tab stored `revision` (a save, a create, a kept version, a load of the stored draft). */
  stored(id: string, revision: number): void;
  /** Another tab's revision became known (a conflict); it is not a base for our saves. */
  seen(id: string, revision: number): void;
  /** The revision a save of `revision`-based text is to claim. */
  baseFor(id: string, revision: number): number;
  /** Whether a notice of `revision` tells this tab anything it has not seen. */
  isNews(id: string, revision: number | undefined): boolean;
}

export function createRevisionLedger(): RevisionLedger {
  const own = new Map<string, number>();
  const any = new Map<string, number>();
  const raise = (map: Map<string, number>, id: string, revision: number) => map.set(id, Math.max(revision, map.get(id) ?? 0));
  return {
    stored(id, revision) {
      raise(own, id, revision);
      raise(any, id, revision);
    },
    seen: (id, revision) => void raise(any, id, revision),
    baseFor: (id, revision) => Math.max(revision, own.get(id) ?? 0),
    isNews: (id, revision) => revision !== undefined && revision > (any.get(id) ?? 0),
  };
}
