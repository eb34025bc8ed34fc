// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composeLetter, escapeHtml, letterTitle, toHtml, toHtmlFragment, type Letter } from '../../../lib/letter';
import { SCENARIOS } from './scenarios';

const HOSTILE = ['<img src=x onerror=alert(1)>', '{{constructor}}', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>', "' onmouseover='x"];

function hostileLetter(): Letter {
  return {
    lang: 'en',
    placeholders: [],
    sections: [
      { id: 'envelope', title: HOSTILE[0]!, text: `Patient: ${HOSTILE[1]}\n- ${HOSTILE[2]}\n  - ${HOSTILE[3]}\n1. ${HOSTILE[4]}`, edited: true },
      { id: 'question', title: 'Q', text: `[[Fill in: ${HOSTILE[0]}]] and more`, edited: true },
    ],
  };
}

describe('toHtml', () => {
  it('escapes every piece of hostile text so the parsed document holds it as text only', () => {
    const html = toHtml(hostileLetter(), { title: HOSTILE[2]! });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, svg, [onerror], [onload], [onmouseover]').length).toBe(0);
    expect(doc.title).toBe(HOSTILE[2]);
    const body = doc.body.textContent ?? '';
    for (const hostile of HOSTILE) expect(body).toContain(hostile);
    expect(html).not.toMatch(/<img|<svg|<script/i);
  });

  it('is a complete standalone document with an inline print stylesheet and no external resources', () => {
    const letter = composeLetter(SCENARIOS[2]!.build('nl'));
    const html = toHtml(letter, { title: letterTitle('nl') });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(src|href)=|@import|url\(/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('keeps the letter structure: one section per heading, lists as lists, markers highlighted', () => {
    const letter = composeLetter(SCENARIOS[1]!.build('en'));
    const doc = new DOMParser().parseFromString(toHtml(letter, { title: 't' }), 'text/html');
    expect([...doc.querySelectorAll('section')].map((s) => s.getAttribute('data-section'))).toEqual(letter.sections.map((s) => s.id));
    expect([...doc.querySelectorAll('section h2')].map((h) => h.textContent)).toEqual(letter.sections.map((s) => s.title));
    expect(doc.querySelectorAll('section[data-section="question"] ol > li').length).toBe(5);
    expect(doc.querySelectorAll('section[data-section="enclosures"] ul > li > ul > li').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('mark.placeholder').length).toBe(letter.placeholders.length);
  });

  it('gives a fragment for the clipboard without document chrome', () => {
    const fragment = toHtmlFragment(hostileLetter());
    expect(fragment.startsWith('<article lang="en">')).toBe(true);
    expect(fragment).not.toContain('<html');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
