/**
 * The browser side of exporting: clipboard and file downloads from the sidebar's own document.
 * The content to export is built by lib/letter; nothing here touches the portal page.
 */
export async function copyPlainText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Formatted text for a portal's rich letter field or a mail, with plain text beside it for plain fields. */
export async function copyFormatted(html: string, text: string): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([text], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}

export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A safe file name: letters, digits and dashes only, so a patient name can never shape a path. */
export function fileNameFor(parts: Array<string | undefined>, extension: string): string {
  const base = parts
    .filter(Boolean)
    .join('-')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${base || 'second-opinion'}.${extension}`;
}

/** Prints one part of the sidebar (letter or checklist); the print stylesheet shows only that part. */
export function printPart(part: 'letter' | 'checklist'): void {
  document.body.dataset.print = part;
  const done = () => {
    delete document.body.dataset.print;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
