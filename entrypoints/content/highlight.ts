/** A short-lived outline over a portal element (a quoted sentence's source), drawn in our own shadow root. */
export function showHighlight(shadow: ShadowRoot, rect: DOMRect): void {
  const box = document.createElement('div');
  box.className = 'highlight';
  Object.assign(box.style, {
    left: `${rect.left - 4}px`,
    top: `${rect.top - 4}px`,
    width: `${rect.width + 8}px`,
    height: `${rect.height + 8}px`,
  });
  shadow.append(box);
  setTimeout(() => (box.style.opacity = '0'), 1400);
  setTimeout(() => box.remove(), 2100);
}
