// Layout stress variant of this page, switched on by `?long-tokens` in the address (inert without it).
// Every page-derived field gets a 5,000-character token without a single break opportunity, as pasted
// URLs, base64 blobs or run-together text sometimes are: the sidebar must wrap it, never scroll sideways.
// It adds nothing to the page's globals (the isolation test counts them); unit tests run this file
// on the page they load, with `?long-tokens` in the location they pass.
(function () {
  const FIELDS = [
    ['.rz-pb-name', 'Naam'],
    ['.rz-alert', 'Alert'],
    ['.rz-title', 'Titel'],
    ['.rz-note-body p:first-child', 'Verslag'],
    ['[data-message-id="MSG-772091"] .rz-message-body p:nth-child(2)', 'Bericht'],
    ['.rz-problem td:first-child', 'Probleem'],
    ['.rz-med td:first-child', 'Geneesmiddel'],
    ['.rz-allergy strong', 'Allergie'],
    ['[data-study-id="RAD-2026-554108"] .rz-imaging-report p:last-child', 'Conclusie'],
    ['.rz-lab td:nth-child(2)', 'Bepaling'],
  ];
  function lengthen(doc) {
    doc.title = 'Dossier – lange woorden – Ziekenhuis Rijnoever';
    for (const [selector, seed] of FIELDS) {
      for (const el of doc.querySelectorAll(selector)) el.append(' ' + (seed + 'Lang'.repeat(1250)).slice(0, 5000));
    }
    // The request sentence itself holds a long token, so the quoted evidence does too.
    const request = doc.querySelector('[data-message-id="MSG-772091"] .rz-message-body p:nth-child(2)').firstChild;
    request.textContent = request.textContent.replace('bij een orthopeed', 'bij een orthopeed ' + 'Knieprothese'.repeat(420).slice(0, 5000));
  }
  if (new URLSearchParams(location.search).has('long-tokens')) lengthen(document);
})();
