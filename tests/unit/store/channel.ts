import type { DraftStore } from '../../../lib/store';
import { createRemoteStore } from '../../../lib/store/remote';
import type { StoreResponse } from '../../../lib/store/protocol';

/** What a browser message channel does to a value: a JSON round trip (undefined members vanish). */
export function overTheWire<T>(value: T): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

/** A remote store whose requests reach `answer` as a browser channel would carry them; logs the methods. */
export function remoteTo(answer: (raw: unknown) => Promise<StoreResponse>): { remote: DraftStore; methods: string[] } {
  const methods: string[] = [];
  const remote = createRemoteStore(async (request) => {
    const wire = overTheWire(request);
    methods.push(String((wire as { method?: unknown }).method));
    return overTheWire(await answer(wire));
  });
  return { remote, methods };
}
