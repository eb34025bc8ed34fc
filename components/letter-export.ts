import { toFhirBundle, toHtml, toHtmlFragment, toPlainText, type Letter, type LetterInput } from '../lib/letter';
import type { ExportAction } from './ExportBar';
import { copyFormatted, copyPlainText, downloadFile, fileNameFor, printPart } from './exporters';

/** How each export is recorded in the draft's audit trail. */
export const AUDIT_ACTION: Record<ExportAction, 'exported' | 'printed' | 'copied'> = {
  'copy-text': 'copied',
  'copy-html': 'copied',
  print: 'printed',
  'download-txt': 'exported',
  'download-html': 'exported',
  fhir: 'exported',
};

/**
 * The side effect of one export button: clipboard, print or a download. Throws when the browser
 * refuses (clipboard denied, say); the caller records the export only when this returns.
 */
export async function exportLetter(
  action: ExportAction,
  context: {
    letter: Letter;
    input: LetterInput;
    /** The print and HTML title. */
    title: string;
    /** The first part of download names, in the sidebar's language. */
    fileLabel: string;
    today: string;
    now: Date;
  },
): Promise<void> {
  const { letter, fileLabel, today } = context;
  const text = toPlainText(letter);
  switch (action) {
    case 'copy-text':
      await copyPlainText(text);
      break;
    case 'copy-html':
      await copyFormatted(toHtmlFragment(letter), text);
      break;
    case 'print':
      printPart('letter');
      break;
    case 'download-txt':
      downloadFile(fileNameFor([fileLabel, today], 'txt'), text, 'text/plain;charset=utf-8');
      break;
    case 'download-html':
      downloadFile(fileNameFor([fileLabel, today], 'html'), toHtml(letter, { title: context.title }), 'text/html;charset=utf-8');
      break;
    case 'fhir': {
      const bundle = toFhirBundle(context.input, letter, { now: context.now.toISOString() });
      downloadFile(fileNameFor([fileLabel, today, 'fhir'], 'json'), JSON.stringify(bundle, null, 2), 'application/fhir+json');
      break;
    }
  }
}
