import { guessTextLanguage, languageOfTag, type Lang } from '../../lib/language';

/** Enough text to tell two languages apart, read from the start of the page without copying it all. */
const SAMPLE_CHARS = 3000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SECOND-OPINION-SIDEBAR']);

/** The page's language: what the reader for it says, else the page's `lang`, else its words. */
export function readPageLanguage(doc: Document, declared?: Lang): Lang | undefined {
  return declared ?? languageOfTag(doc.documentElement.lang) ?? languageOfTag(doc.body?.lang) ?? guessTextLanguage(textSample(doc));
}

function textSample(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement && SKIP.has(node.parentElement.nodeName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < SAMPLE_CHARS; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}
