/**
 * Tells other tabs of the extension (another sidebar, the options page) that a draft changed, so they
 * can reload it instead of overwriting it later. Same-origin only: BroadcastChannel never leaves the
 * extension's origin, and the message carries ids, never patient data.
 */
export const DRAFTS_CHANNEL = 'so-drafts';

export interface DraftChangeMessage {
  type: 'draft-saved' | 'draft-deleted';
  id: string;
  revision?: number;
}

export function watchDrafts(cb: (msg: DraftChangeMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const msg = asChangeMessage(event.data);
    if (msg) cb(msg);
  };
  return () => channel.close();
}

/** A sender per store; opened on the first change, closed with the store. */
export function createDraftNotifier(): { send(msg: DraftChangeMessage): void; close(): void } {
  let channel: BroadcastChannel | undefined;
  return {
    send(msg) {
      if (typeof BroadcastChannel === 'undefined') return;
      channel ??= new BroadcastChannel(DRAFTS_CHANNEL);
      // Node keeps the process alive for an open channel; browsers have no unref.
      (channel as { unref?: () => void }).unref?.();
      channel.postMessage(msg);
    },
    close() {
      channel?.close();
      channel = undefined;
    },
  };
}

function asChangeMessage(data: unknown): DraftChangeMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type, id, revision } = data as Record<string, unknown>;
  if ((type !== 'draft-saved' && type !== 'draft-deleted') || typeof id !== 'string') return undefined;
  return typeof revision === 'number' ? { type, id, revision } : { type, id };
}
