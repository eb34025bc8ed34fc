// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ownText, ownTextLength, prepareWalk, walkPage } from '../../../lib/portals/page-walk';

function pageOf(notes: number): Document {
  const doc = document.implementation.createHTMLDocument('record');
  doc.body.innerHTML = Array.from({ length: notes }, (_, i) => `<div class="note"><p>Note ${i}</p></div>`).join('');
  return doc;
}

describe('prepareWalk', () => {
  it('walks a large page in several slices and leaves the walk cached for walkPage', async () => {
    const doc = pageOf(3000);
    let pauses = 0;
    // A zero budget pauses at every step the walk offers: the walk never runs in one piece.
    await prepareWalk(doc, 0, async () => void pauses++);
    expect(pauses).toBeGreaterThan(5);
    const walk = walkPage(doc);
    expect(walk.elements.length).toBe(1 + 3000 * 2);
    // The cached walk is returned as is, not walked again.
    expect(walkPage(doc)).toBe(walk);
  });

  it('pauses inside one element with thousands of child nodes (a list of notes), and measures its text all the same', async () => {
    const doc = document.implementation.createHTMLDocument('record');
    const list = doc.createElement('section');
    // Text nodes and one element (a portal that appends lines after a caption): three elements in all, so
    // the walk's own per-element steps never pause. (A leaf's text nodes are read as one string instead.)
    list.append(doc.createElement('b'));
    for (let i = 0; i < 40_000; i++) list.append(doc.createTextNode(i % 2 ? ' x ' : '\n'));
    doc.body.append(list);
    let pauses = 0;
    await prepareWalk(doc, 0, async () => void pauses++);
    // Without steps inside the element, its 40,000 child nodes were one step: no pause at all.
    expect(pauses).toBeGreaterThan(100);
    expect(ownTextLength(list)).toBe(ownText(list).trim().length);
    const walk = walkPage(doc);
    expect(walk.ownLength(list)).toBe(ownTextLength(list));
    expect(walk.elements.length).toBe(3);
  });

  it('measures a leaf as its text nodes together, without a look at each of them', () => {
    const doc = document.implementation.createHTMLDocument('record');
    const leaf = doc.createElement('p');
    leaf.append(doc.createTextNode('  \n'), doc.createComment(' not text '), doc.createTextNode(' Dossier'), doc.createTextNode(' 12 '), doc.createTextNode('\t'));
    doc.body.append(leaf);
    expect(ownText(leaf)).toBe('  \n Dossier 12 \t');
    expect(ownTextLength(leaf)).toBe('Dossier 12'.length);
    expect(walkPage(doc).ownLength(leaf)).toBe('Dossier 12'.length);
  });

  it('walks again when the page changed during the sliced walk', async () => {
    const doc = pageOf(1000);
    let changed = false;
    await prepareWalk(doc, 0, async () => {
      if (!changed) {
        changed = true;
        doc.body.append(doc.createElement('section'));
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(walkPage(doc).elements.length).toBe(1 + 1000 * 2 + 1);
  });
});

describe('ownTextLength', () => {
  it('is the length of the trimmed own text, across text nodes split by children, without copying it', () => {
    const doc = document.implementation.createHTMLDocument('record');
    const cases = [
      '',
      '   ',
      'plain',
      '  Naam: <b>Jansen</b>  geb. 01-02-1970 \n',
      '\u00a0\u2003 Allergie <i>x</i>\t<span>y</span> \u3000',
      '<b>only a child</b>',
      ' <b>child</b> tail text \ufeff',
      'a<!-- comment -->b',
    ];
    for (const html of cases) {
      const el = doc.createElement('div');
      el.innerHTML = html;
      expect(ownTextLength(el), JSON.stringify(html)).toBe(ownText(el).trim().length);
    }
  });
});

describe('the walk measures each element once', () => {
  it("ownLength of an element in the walk is its ownTextLength; of one outside the walk, measured on asking", () => {
    const doc = document.implementation.createHTMLDocument('record');
    doc.body.innerHTML = '<div> Naam: <b> Jansen </b> geb. 01-02-1970 </div><p>\u00a0 Allergie\t</p><section><span></span>  </section>';
    const walk = walkPage(doc);
    for (const el of walk.elements) expect(walk.ownLength(el), el.outerHTML).toBe(ownTextLength(el));
    const outside = doc.createElement('i');
    outside.textContent = '  los  ';
    expect(walk.ownLength(outside)).toBe(3);
  });

  it('knows an element by the position of this walk only: one hidden since an earlier walk is outside it', () => {
    const doc = document.implementation.createHTMLDocument('record');
    doc.body.innerHTML = '<main><p>Eerste regel</p><p id="later">Tweede regel</p><p>Derde</p></main>';
    const later = doc.getElementById('later')!;
    const first = walkPage(doc);
    expect(first.indexOf(later)).toBe(first.elements.indexOf(later));
    later.setAttribute('hidden', '');
    const second = walkPage(doc);
    expect(second).not.toBe(first);
    expect(second.indexOf(later)).toBeUndefined();
    expect(second.textLength(doc.body)).toBe('Eerste regel'.length + 'Derde'.length);
    // Another document's walk does not answer for it either.
    const other = document.implementation.createHTMLDocument('other');
    other.body.innerHTML = '<p>x</p><p>y</p><p>z</p>';
    expect(walkPage(other).indexOf(doc.body.querySelector('p')!)).toBeUndefined();
  });
});

