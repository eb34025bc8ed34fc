/** Messages are only accepted from this extension itself: never from a web page or another extension. */
export function isOwnExtensionSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}
