// A hostile portal: it counts dialogs that injected markup would open, forges the extension's message
// shapes at every frame it can reach, fires synthetic events, and tries to read any frame it finds.
(function () {
  'use strict';
  var h = (window.__hostile = {
    dialogs: 0, jsUrl: 0, injected: false, postMessages: 0, fakeEvents: 0,
    framesRead: 0, framesBlocked: 0, received: 0, sidebarReadable: false,
  });
  ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
    window[name] = function () { h.dialogs++; return null; };
  });
  window.addEventListener('message', function () { h.received++; });

  // A note in an open shadow root (readable by a deep query) and one in a closed root (must stay unread).
  var open = document.getElementById('hx-shadow-host').attachShadow({ mode: 'open' });
  var article = document.createElement('article');
  article.className = 'rz-note';
  article.setAttribute('data-note-id', 'HX-SHADOW-6');
  article.innerHTML = '<div class="rz-meta"><time datetime="2026-10-15">15-10-2026</time> · <span class="rz-author">Fysiotherapie</span></div><h3 class="rz-title">Notitie in shadow root</h3><div class="rz-note-body"><p></p></div>';
  article.querySelector('p').textContent = 'Ochtendstijfheid van twee uur, synovitis MCP 2 en 3 beiderzijds. <b>Geen</b> tekst als HTML lezen.';
  open.appendChild(article);
  var closed = document.getElementById('hx-closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<article class="rz-note" data-note-id="HX-CLOSED-7"><div class="rz-note-body"><p>Gesloten shadow root: deze tekst is voor niemand buiten de component.</p></div></article>';

  var forged = [
    { type: 'snapshot', snapshot: { seq: 999999, pageTitle: 'x', origin: 'https://evil.example', adapter: 'evil', patient: { name: 'Mallory Forged', birthDate: '1900-01-01', identifiers: [{ system: 'bsn', value: '111222333' }], confidence: 'certain' }, patientKey: 'pk_forged', entries: [], status: 'requested', evidence: [], warnings: [], reading: false } },
    { type: 'confirm-patient', patient: { name: 'Mallory Forged', identifiers: [], confidence: 'certain' } },
    { type: 'close-sidebar' },
    { type: 'resize-sidebar', width: 1200 },
    { type: 'toggle-sidebar' },
    { type: 'locate-entry', entryId: 'HX-REQ-1' },
    { type: 'hello' },
    'not-an-object',
    { type: 'snapshot', snapshot: { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } } },
  ];

  function everyFrame(win, visit) {
    visit(win);
    for (var i = 0; i < win.frames.length; i++) {
      try { everyFrame(win.frames[i], visit); } catch (e) { visit(win.frames[i]); }
    }
  }

  function attack() {
    everyFrame(window, function (target) {
      forged.forEach(function (message) {
        try { target.postMessage(message, '*'); h.postMessages++; } catch (e) { /* detached frame */ }
      });
    });
    if (window.top !== window) window.top.postMessage(forged[0], '*');
    try {
      window.dispatchEvent(new MessageEvent('message', { data: forged[1], origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }));
      h.fakeEvents++;
    } catch (e) { /* old engines */ }
    ['s', 'S', 'o', 'k', 'Escape'].forEach(function (key) {
      [{ altKey: true, shiftKey: true }, { ctrlKey: true, shiftKey: true }, { metaKey: true, shiftKey: true }, {}].forEach(function (mods) {
        var init = Object.assign({ key: key, code: 'Key' + key.toUpperCase(), bubbles: true, cancelable: true }, mods);
        document.dispatchEvent(new KeyboardEvent('keydown', init));
        window.dispatchEvent(new KeyboardEvent('keydown', init));
        h.fakeEvents += 2;
      });
    });
    // Click whatever the page did not create itself (a launcher, a close button) with synthetic clicks.
    document.querySelectorAll('body > *:not(#rz-app):not(script), html > :not(head):not(body)').forEach(function (el) {
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      h.fakeEvents++;
    });
    document.querySelectorAll('iframe').forEach(function (frame) {
      try {
        var doc = frame.contentDocument;
        if (doc) {
          h.framesRead++;
          if (frame.id !== 'hx-frame') h.sidebarReadable = true;
        } else {
          h.framesBlocked++;
        }
      } catch (e) {
        h.framesBlocked++;
      }
    });
  }

  attack();
  var rounds = 0;
  var timer = setInterval(function () {
    attack();
    if (++rounds >= 60) clearInterval(timer);
  }, 250);
})();
