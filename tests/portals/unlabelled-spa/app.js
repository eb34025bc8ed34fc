// Harbourside Cardiology ward round: a single-page app. Opening a bed changes the address with
// history.pushState (or follows a #bed-N hash) and renders after a short simulated fetch; "Next in
// queue" re-renders the other bed in place, leaving the address as it is.
(function () {
  'use strict';

  // Every person and number here is invented.
  var BEDS = {
    3: {
      banner: ['Grace Okafor', 'Born 09-05-1984', 'MRN 00451001'],
      colour: '#7a3e9d',
      entries: [
        { date: '2026-11-18', title: 'Outpatient letter, cardiology',
          text: 'Dilated cardiomyopathy with an ejection fraction of 30 percent despite optimal medical therapy for twelve months. An implantable defibrillator was advised. She asked for a second opinion at a university heart centre before she decides on the device, and wants her echocardiograms and MRI sent along.' },
        { date: '2026-10-02', title: 'Echocardiography report',
          text: 'Left ventricle dilated, global hypokinesia, ejection fraction estimated at 30 percent. Mild functional mitral regurgitation. No pericardial effusion.' },
      ],
    },
    4: {
      banner: ['Erik Lindqvist', 'Born 17-02-1949', 'MRN 00452277'],
      colour: '#b5651d',
      entries: [
        { date: '2026-11-20', title: 'Heart team discussion',
          text: 'Severe symptomatic aortic stenosis, valve area 0.7 square centimetres, mean gradient 48 mmHg. The heart team advised surgical aortic valve replacement. Patient declines a second opinion and wishes to go ahead with the aortic valve replacement as planned.' },
        { date: '2026-09-14', title: 'Coronary angiography',
          text: 'No significant coronary artery disease. Right dominant system. Proceed with valve work-up as planned.' },
      ],
    },
  };

  var view = document.getElementById('hc-view');
  var shown = null;
  var renderToken = 0;

  function bedFromLocation() {
    var query = new URLSearchParams(location.search).get('bed');
    var hash = /^#bed-(\d+)$/.exec(location.hash);
    var bed = (hash && hash[1]) || query || '3';
    return BEDS[bed] ? bed : '3';
  }

  function drawBanner(bed) {
    var canvas = document.createElement('canvas');
    canvas.id = 'hc-banner';
    canvas.width = 720;
    canvas.height = 64;
    var context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.fillStyle = bed.colour;
      context.fillRect(0, 0, 8, canvas.height);
      context.fillStyle = '#1b1f24';
      context.font = '600 22px sans-serif';
      context.fillText(bed.banner[0], 20, 28);
      context.font = '15px sans-serif';
      context.fillText(bed.banner[1] + '     ' + bed.banner[2], 20, 52);
    }
    return canvas;
  }

  function entry(item) {
    var article = document.createElement('article');
    article.className = 'hc-entry';
    var when = document.createElement('time');
    when.className = 'hc-when';
    when.setAttribute('datetime', item.date);
    when.textContent = item.date.split('-').reverse().join('-');
    var title = document.createElement('h2');
    title.textContent = item.title;
    var text = document.createElement('p');
    text.textContent = item.text;
    article.append(when, title, text);
    return article;
  }

  function render(id, delay) {
    var token = ++renderToken;
    shown = id;
    document.querySelectorAll('[data-bed-link]').forEach(function (link) {
      if (link.getAttribute('data-bed-link') === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
    setTimeout(function () {
      if (token !== renderToken) return;
      var bed = BEDS[id];
      view.replaceChildren(drawBanner(bed));
      bed.entries.forEach(function (item) { view.appendChild(entry(item)); });
    }, delay);
  }

  document.querySelector('.hc-beds').addEventListener('click', function (event) {
    var link = event.target.closest('[data-bed-link]');
    if (!link) return;
    event.preventDefault();
    var id = link.getAttribute('data-bed-link');
    history.pushState({ bed: id }, '', '?bed=' + id);
    view.replaceChildren(document.createTextNode('Loading…'));
    render(id, 100);
  });
  // The queue button swaps the patient in one step, with no loading state and no change of address.
  document.getElementById('hc-next').addEventListener('click', function () {
    render(shown === '3' ? '4' : '3', 0);
  });
  window.addEventListener('popstate', function () { render(bedFromLocation(), 100); });
  window.addEventListener('hashchange', function () { render(bedFromLocation(), 100); });

  render(bedFromLocation(), 100);
})();
