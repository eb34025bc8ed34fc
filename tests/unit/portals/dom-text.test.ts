// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanLine, deepQuerySelectorAll, isHiddenByMarkup, readableText } from '../../../lib/portals/dom-text';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readableText', () => {
  it('keeps block boundaries as lines and cells apart, and never interprets markup', () => {
    document.body.innerHTML =
      '<div id="r"><p>Eerste &lt;b&gt;regel&lt;/b&gt;</p><table><tr><td>Hb</td><td>8,4</td></tr></table>tekst<br>na<script>alert(1)</script><style>p{}</style></div>';
    expect(readableText(document.getElementById('r')!)).toBe('Eerste <b>regel</b>\nHb 8,4\ntekst\nna');
  });
});

describe('cleanLine', () => {
  it('removes zero-width and bidi controls and collapses whitespace', () => {
    expect(cleanLine(' a\u200b\u202eb\u202c  \n c\ufeff ')).toBe('ab c');
    expect(cleanLine(null)).toBe('');
  });
});

describe('isHiddenByMarkup', () => {
  it('sees hidden attributes, aria-hidden and inline display:none on ancestors', () => {
    document.body.innerHTML =
      '<div hidden><p id="a">x</p></div><div aria-hidden="true"><p id="b">x</p></div><div style="display: none"><p id="c">x</p></div><p id="d">x</p>';
    expect(['a', 'b', 'c', 'd'].map((id) => isHiddenByMarkup(document.getElementById(id)!))).toEqual([true, true, true, false]);
  });
});

describe('deepQuerySelectorAll', () => {
  it('reaches into open shadow roots in tree order, but not closed ones', () => {
    document.body.innerHTML = '<p class="n" id="one"></p><div id="host"></div><div id="closed"></div><p class="n" id="three"></p>';
    const open = document.getElementById('host')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<section><p class="n" id="two"></p></section>';
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p class="n" id="hidden"></p>';
    expect(deepQuerySelectorAll(document, '.n').map((el) => el.id)).toEqual(['one', 'two', 'three']);
  });

  it('reaches into same-origin frames', () => {
    // happy-dom only gives srcdoc frames a document (it loads no pages); a browser does the same for both.
    document.body.innerHTML = '<iframe id="f" srcdoc="<p>frame</p>"></iframe><p class="n" id="after"></p>';
    const inner = (document.getElementById('f') as HTMLIFrameElement).contentDocument;
    expect(inner).not.toBeNull();
    inner!.body.innerHTML = '<p class="n" id="framed"></p>';
    expect(deepQuerySelectorAll(document, '.n').map((el) => el.id)).toEqual(['framed', 'after']);
  });
});
