import { browser } from 'wxt/browser';
import type { DraftStore } from '../lib/store';
import { createRemoteStore } from '../lib/store/rpc';
import * as z from 'zod/mini';

/**
 * The sidebar's drafts store: the real one lives in the extension background (see store-host.ts),
 * because a frame inside the portal page may be denied IndexedDB by third-party storage blocking.
 */
export function openRemoteDraftStore(): DraftStore {
  return createRemoteStore((request) => browser.runtime.sendMessage(request));
}

const DraftEventSchema = z.object({
  type: z.literal('draft-event'),
  event: z.object({
    type: z.enum(['draft-saved', 'draft-deleted']),
    id: z.string().check(z.maxLength(100)),
    revision: z.optional(z.int()),
  }),
});
export type DraftEvent = z.infer<typeof DraftEventSchema>['event'];

/** Changes made by any tab, told by the background; validated and from this extension only. */
export function watchDraftEvents(callback: (event: DraftEvent) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = z.safeParse(DraftEventSchema, raw);
    if (parsed.success) callback(parsed.data.event);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
