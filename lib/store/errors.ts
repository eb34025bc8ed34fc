/**
 * Every storage failure the sidebar can meet, reduced to the few cases the UI words differently. The
 * draft being edited stays in memory whatever the code, so the UI can always offer a download.
 */
export type StoreErrorCode = 'quota' | 'unavailable' | 'blocked' | 'corrupt' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps a DOMException (or anything thrown by IndexedDB) to a StoreError; StoreErrors pass through. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', 'The browser has no storage space left for drafts.', { cause: error });
    case 'InvalidStateError':
    case 'SecurityError':
    case 'UnknownError':
      // Private windows and disabled site data raise these on open; the disk may also have gone away.
      return new StoreError('unavailable', `Drafts storage is not available (${message}).`, { cause: error });
    case 'DataCloneError':
    case 'DataError':
      return new StoreError('corrupt', `A draft could not be stored as it is (${message}).`, { cause: error });
    default:
      return new StoreError('unknown', `Drafts storage failed (${name ?? 'error'}: ${message}).`, { cause: error });
  }
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return undefined;
}
