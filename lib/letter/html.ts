import type { LetterSection } from '../draft-shapes';
import type { Letter } from './schemas';

/**
 * HTML export for "copy as formatted text", print / save as PDF and the .html download. Every piece of
 * text is escaped: letter text comes from portal pages, which may be hostile. The document loads
 * nothing from outside (its CSP forbids it), so a saved file never calls home when opened.
 */
export interface HtmlMeta {
  /** Document title, e.g. "Second opinion — J. Jansen"; escaped like everything else. */
  title: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const MARKER = /\[\[(?:Vul in|Fill in): [^\]\n]*\]\]/g;

/** Open placeholders stay visible on paper, highlighted, so an unfinished letter is not sent by mistake. */
function inline(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    html += escapeHtml(text.slice(last, match.index));
    html += `<mark class="placeholder">${escapeHtml(match[0])}</mark>`;
    last = (match.index ?? 0) + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: Array<{ text: string; sub: string[] }> };

/** The composer writes "- " bullets (sub-items indented two spaces) and "1. " questions; keep that structure. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    for (const line of paragraph.split('\n')) {
      const bullet = /^- (.*)$/.exec(line);
      const sub = /^ {2}- (.*)$/.exec(line);
      const numbered = /^\d+\. (.*)$/.exec(line);
      const last = blocks[blocks.length - 1];
      if (sub && last && last.kind !== 'p' && last.items.length) {
        last.items[last.items.length - 1]!.sub.push(sub[1]!);
      } else if (bullet || numbered) {
        const kind = bullet ? 'ul' : 'ol';
        const item = { text: (bullet ?? numbered)![1]!, sub: [] };
        if (last && last.kind === kind) last.items.push(item);
        else blocks.push({ kind, items: [item] });
      } else if (last && last.kind === 'p') {
        last.lines.push(line);
      } else {
        blocks.push({ kind: 'p', lines: [line] });
      }
    }
    // A blank line always ends the current block.
    blocks.push({ kind: 'p', lines: [] });
  }
  return blocks.filter((b) => b.kind !== 'p' || b.lines.some((l) => l.trim() !== ''));
}

function blockHtml(block: Block): string {
  if (block.kind === 'p') return `<p>${block.lines.map(inline).join('<br>')}</p>`;
  const items = block.items
    .map((item) => {
      const sub = item.sub.length ? `<ul>${item.sub.map((s) => `<li>${inline(s)}</li>`).join('')}</ul>` : '';
      return `<li>${inline(item.text)}${sub}</li>`;
    })
    .join('');
  return `<${block.kind}>${items}</${block.kind}>`;
}

function sectionHtml(section: LetterSection): string {
  return [
    `<section data-section="${escapeHtml(section.id)}">`,
    `<h2>${escapeHtml(section.title)}</h2>`,
    ...blocksOf(section.text).map(blockHtml),
    '</section>',
  ].join('\n');
}

/** The letter body alone, for the clipboard's text/html flavour (pasting into a portal or a mail). */
export function toHtmlFragment(letter: Letter): string {
  return `<article lang="${escapeHtml(letter.lang)}">\n${letter.sections.map(sectionHtml).join('\n')}\n</article>`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; margin: 2cm auto; max-width: 17cm; padding: 0 1cm; }
h1 { font-size: 15pt; margin: 0 0 1.2em; }
h2 { font: bold 10.5pt/1.3 Arial, Helvetica, sans-serif; text-transform: uppercase; letter-spacing: .03em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; }
p { margin: 0 0 .6em; }
ul, ol { margin: 0 0 .6em; padding-left: 1.4em; }
mark.placeholder { background: #ffe58a; outline: 1px dashed #a67c00; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; }
  section { break-inside: avoid-page; }
  h2 { break-after: avoid; }
  mark.placeholder { background: none; outline: 2px dashed #000; }
}`;

/** A complete standalone document: inline styles only, no scripts, no external resources. */
export function toHtml(letter: Letter, meta: HtmlMeta): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(letter.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    toHtmlFragment(letter),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
