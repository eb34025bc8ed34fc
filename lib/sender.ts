/** Messages are only accepted from this extension itself: never from a web page or another extension. */
export function isOwnExtensionSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

/** The port a portal page's content script opens to the background to post what it read. */
export const READER_PORT = 'reader';
