// Northbridge Outpatients: a tiny single-page app. Switching patients changes the address with
// history.pushState and re-renders the view after a short simulated fetch, like real SPAs do.
(function () {
  'use strict';

  var PATIENTS = {
    a: {
      name: 'Emily Carter',
      dob: '1979-02-02',
      dobText: '02 Feb 1979',
      sex: 'Female',
      mrn: 'NB-4400172',
      notes: [
        { id: 'NB-N-55102', date: '2026-10-21', author: 'Mr R. Patel, Consultant Spinal Surgeon', title: 'Spinal clinic follow-up',
          text: 'Persistent low back pain with left L5 radicular pain despite 9 months of physiotherapy and two facet injections. MRI shows L4/5 degenerative spondylolisthesis with foraminal stenosis. Options discussed: continued conservative care versus L4/5 decompression and instrumented fusion. Risks explained. Patient would like time to think.' },
        { id: 'NB-N-53877', date: '2026-06-30', author: 'Ms H. Okafor, Physiotherapist', title: 'Physiotherapy discharge summary',
          text: 'Completed 12 sessions of core stability and graded activity. Walking tolerance improved from 10 to 25 minutes. Radicular symptoms unchanged. Discharged to home exercise programme.' },
      ],
      messages: [
        { id: 'NB-M-9104', date: '2026-11-03', from: 'Emily Carter', title: 'Before I decide about surgery',
          text: 'Dear Mr Patel, thank you for explaining the fusion operation. Before I make a decision I would like a second opinion from another spinal surgeon. Could you please refer me and send my MRI and your clinic letters to them?' },
        { id: 'NB-M-8870', date: '2026-10-22', from: 'Outpatient bookings', title: 'Your appointment',
          text: 'Your follow-up appointment has been booked. Please bring a list of your current medicines.' },
      ],
    },
    b: {
      name: 'Thomas Reid',
      dob: '1948-10-30',
      dobText: '30 Oct 1948',
      sex: 'Male',
      mrn: 'NB-4400981',
      notes: [
        { id: 'NB-N-55231', date: '2026-11-04', author: 'Dr S. Lindqvist, Respiratory Consultant', title: 'COPD review',
          text: 'Moderate COPD (GOLD 2), two exacerbations this year treated with prednisolone. FEV1 58% predicted. Inhaler technique checked and corrected. Started on LAMA/LABA combination. Referred to pulmonary rehabilitation. Review in 3 months with spirometry.' },
        { id: 'NB-N-51190', date: '2026-05-12', author: 'Dr S. Lindqvist, Respiratory Consultant', title: 'New patient assessment',
          text: 'Ex-smoker, 40 pack years, stopped 2015. Breathless on one flight of stairs (mMRC 2). Chest X-ray: hyperinflation, no focal lesion. Plan: full lung function tests and alpha-1 antitrypsin level.' },
      ],
      messages: [
        { id: 'NB-M-9120', date: '2026-11-06', from: 'Thomas Reid', title: 'Inhaler prescription',
          text: 'Could the new inhaler be sent to my usual pharmacy in Northbridge? I have two weeks left of the old one.' },
      ],
    },
  };

  var view = document.getElementById('nb-view');
  var renderToken = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function patientFromLocation() {
    var params = new URLSearchParams(location.search);
    var fromQuery = params.get('patient') || params.get('p');
    // Deep links: ?patient=b, ?p=b, #/patient/b and the short #b used in expected.json keys.
    var fromHash = /^#(?:\/patient\/)?([a-z0-9]+)$/i.exec(location.hash);
    var id = (fromQuery || (fromHash && fromHash[1]) || 'a').toLowerCase();
    return PATIENTS[id] ? id : 'a';
  }

  function field(label, value, name) {
    var wrap = el('span', 'nb-field');
    wrap.appendChild(el('span', 'nb-k', label));
    var v = el('span', 'nb-v', value);
    v.setAttribute('data-field', name);
    wrap.appendChild(v);
    return wrap;
  }

  function entry(kind, item) {
    var node = el('article', kind === 'note' ? 'nb-note' : 'nb-message');
    node.setAttribute(kind === 'note' ? 'data-note-id' : 'data-message-id', item.id);
    var meta = el('div', 'nb-meta');
    var time = el('time', '', item.date.split('-').reverse().join('/'));
    time.setAttribute('datetime', item.date);
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · '));
    meta.appendChild(el('span', 'nb-author', kind === 'note' ? item.author : item.from));
    node.appendChild(meta);
    node.appendChild(el('h3', 'nb-title', item.title));
    node.appendChild(el('p', 'nb-text', item.text));
    return node;
  }

  function render(id) {
    var patient = PATIENTS[id];
    var token = ++renderToken;
    view.replaceChildren(el('p', 'nb-loading', 'Loading…'));
    document.querySelectorAll('[data-patient-link]').forEach(function (link) {
      if (link.getAttribute('data-patient-link') === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
    setTimeout(function () {
      if (token !== renderToken) return;
      var banner = el('section', 'nb-banner');
      banner.setAttribute('aria-label', 'Patient details');
      banner.setAttribute('data-patient', id);
      var h1 = el('h1', '', patient.name);
      h1.setAttribute('data-field', 'name');
      banner.appendChild(h1);
      banner.appendChild(field('DOB', patient.dobText, 'dob'));
      banner.appendChild(field('Sex', patient.sex, 'sex'));
      banner.appendChild(field('MRN', patient.mrn, 'mrn'));

      var notes = el('section', 'nb-card');
      notes.appendChild(el('h2', '', 'Clinical notes'));
      patient.notes.forEach(function (n) { notes.appendChild(entry('note', n)); });
      var messages = el('section', 'nb-card');
      messages.appendChild(el('h2', '', 'Patient messages'));
      patient.messages.forEach(function (m) { messages.appendChild(entry('message', m)); });

      view.replaceChildren(banner, notes, messages);
      document.title = patient.name + ' · Northbridge Outpatient Clinic';
    }, 100);
  }

  document.getElementById('nb-patient-list').addEventListener('click', function (event) {
    var link = event.target.closest('[data-patient-link]');
    if (!link) return;
    event.preventDefault();
    var id = link.getAttribute('data-patient-link');
    history.pushState({ patient: id }, '', '?patient=' + id);
    render(id);
  });
  window.addEventListener('popstate', function () { render(patientFromLocation()); });
  window.addEventListener('hashchange', function () { render(patientFromLocation()); });

  render(patientFromLocation());
})();
