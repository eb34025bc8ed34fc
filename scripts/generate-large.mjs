#!/usr/bin/env node
// Writes tests/portals/generated/large.html: one patient with 10,000 dated notes (> 5 MB of text), for
// the chunked-reading and performance tests. Deterministic: the same file on every run and machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(fileURLToPath(new URL('../tests/portals/generated/large.html', import.meta.url)));
const NOTE_COUNT = 10_000;
const FIRST_DAY = Date.UTC(2025, 0, 2);
const LAST_DAY = Date.UTC(2026, 10, 20);
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, and the same sequence everywhere for one seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = 20261125;
let rand = random(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (low, high) => low + Math.floor(rand() * (high - low + 1));

const AUTHORS = [
  'dr. M.A. Hoekstra, orthopedisch chirurg', 'drs. P. Janssens, internist', 'I. de Graaf, fysiotherapeut',
  'dr. L. van Houten, radioloog', 'A. Yilmaz, verpleegkundig specialist', 'dr. F. Bosman, cardioloog',
  'E. Visser, diëtist', 'dr. K. Nieuwenhuis, longarts', 'S. Çelik, verpleegkundige', 'dr. H. Prins, geriater',
];
const TITLES = [
  'Poliklinisch consult', 'Verpleegkundige overdracht', 'Telefonisch consult', 'Voortgangsverslag fysiotherapie',
  'Dagcurve', 'Visite', 'Multidisciplinair overleg', 'Voedingsadvies', 'Controle wond', 'Medicatiebeoordeling',
];
const SITES = ['rechterknie', 'linkerknie', 'rechterheup', 'onderrug', 'linkerschouder', 'nek', 'rechterenkel'];
const MEDS = ['paracetamol 1000 mg 3dd', 'naproxen 500 mg 2dd', 'amlodipine 5 mg 1dd', 'metoprolol 50 mg 1dd', 'omeprazol 20 mg 1dd', 'furosemide 40 mg 1dd', 'apixaban 5 mg 2dd', 'metformine 500 mg 2dd'];
const S = [
  () => `Patiënte meldt wisselende pijn in de ${pick(SITES)}, NRS ${between(2, 8)}, vooral ${pick(['bij opstaan', "'s nachts", 'na wandelen', 'bij traplopen', 'aan het eind van de dag'])}.`,
  () => `Slaapt ${pick(['redelijk', 'slecht', 'goed', 'onrustig'])}, eetlust ${pick(['matig', 'goed', 'verminderd'])}. Gewicht ${between(68, 84)} kg.`,
  () => `Gebruikt ${pick(MEDS)} en ${pick(MEDS)}; ${pick(['geen bijwerkingen', 'lichte misselijkheid', 'obstipatie', 'duizeligheid bij opstaan'])}.`,
  () => `Loopt ${between(5, 40)} minuten ${pick(['met rollator', 'met stok', 'zonder hulpmiddel'])}; dochter helpt ${between(1, 4)} keer per week met boodschappen.`,
];
const O = [
  () => `RR ${between(115, 165)}/${between(65, 95)} mmHg, pols ${between(56, 98)} regulair, temperatuur ${between(361, 379) / 10} °C, saturatie ${between(92, 99)}%.`,
  () => `Bij onderzoek van de ${pick(SITES)}: ${pick(['geen zwelling', 'lichte hydrops', 'crepitaties', 'drukpijn mediaal', 'beperkte flexie'])}, ${pick(['stabiel', 'goede kracht', 'sensibiliteit intact'])}.`,
  () => `Wond ${pick(['rustig', 'droog', 'licht rood aan de randen', 'genezen'])}, geen tekenen van infectie. Hechtingen ${pick(['verwijderd', 'in situ', 'niet van toepassing'])}.`,
  () => `Lab: Hb ${between(70, 95) / 10} mmol/L, CRP ${between(1, 40)} mg/L, eGFR ${between(45, 90)}, kalium ${between(36, 51) / 10} mmol/L.`,
];
const E = [
  () => `Beloop ${pick(['stabiel', 'langzaam verbeterend', 'wisselend', 'iets verslechterd'])} ten opzichte van de vorige controle.`,
  () => `Artrose ${pick(SITES)}, ${pick(['conservatief behandeld', 'met goede pijnstilling', 'met toenemende klachten'])}.`,
  () => `Hypertensie ${pick(['goed ingesteld', 'matig ingesteld', 'licht verhoogd vandaag'])}.`,
];
const P = [
  () => `Beleid: ${pick(['continueren', 'ophogen', 'afbouwen'])} ${pick(MEDS)}. Controle over ${between(2, 12)} weken.`,
  () => `Oefenprogramma ${pick(['uitgebreid', 'voortgezet', 'aangepast'])}; fysiotherapie ${between(1, 3)} keer per week.`,
  () => `Lab herhalen over ${between(1, 6)} maanden. Uitleg gegeven, patiënte begrijpt het plan.`,
  () => `Afspraak bij ${pick(['diëtist', 'pijnpoli', 'ergotherapeut', 'huisarts'])} aangevraagd.`,
];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);
const dutchOf = (iso) => iso.split('-').reverse().join('-');

function note(id, iso, author, title, paragraphs) {
  return (
    `<article class="rz-note" data-note-id="${id}"><div class="rz-meta"><time datetime="${iso}">${dutchOf(iso)}</time> · ` +
    `<span class="rz-author">${escape(author)}</span></div><h3 class="rz-title">${escape(title)}</h3><div class="rz-note-body">` +
    paragraphs.map((p) => `<p>${escape(p)}</p>`).join('') +
    `</div></article>\n`
  );
}

function generatedNote(index) {
  // Notes are listed newest first, spread evenly over the period before the newest one.
  const day = LAST_DAY - DAY_MS - Math.floor(((index - 1) * (LAST_DAY - DAY_MS - FIRST_DAY)) / (NOTE_COUNT - 1));
  const paragraphs = [
    `S: ${pick(S)()} ${pick(S)()} ${pick(S)()}`,
    `O: ${pick(O)()} ${pick(O)()}`,
    `E: ${E[0]()} ${pick(E.slice(1))()}`,
    `P: ${pick(P)()} ${pick(P)()}`,
  ];
  return note(`GEN-${String(NOTE_COUNT - index).padStart(5, '0')}`, isoOf(day), pick(AUTHORS), pick(TITLES), paragraphs);
}

export function buildLargePage() {
  rand = random(SEED);
  const newest = note('GEN-10000', isoOf(LAST_DAY), 'dr. M.A. Hoekstra, orthopedisch chirurg', 'Telefonisch consult', [
    'Patiënte belt na bedenktijd over de voorgestelde heupprothese rechts.',
    'Zij vraagt om een second opinion bij een orthopeed in een ander ziekenhuis voordat zij beslist, en wil dat haar röntgenfoto’s en het laatste poliverslag worden meegestuurd.',
  ]);
  const notes = [newest];
  for (let index = 1; index < NOTE_COUNT; index++) notes.push(generatedNote(index));
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="application-name" content="Rijnoever Patiëntendossier">
<title>Dossier – M.J. van den Berg – Ziekenhuis Rijnoever (volledig dossier)</title>
<link rel="stylesheet" href="../hospital/hospital.css">
</head>
<body class="rz-body">
<div id="rz-app" class="rz-dossier" data-portal="rijnoever">
<header class="rz-top" role="banner"><span class="rz-logo">Ziekenhuis Rijnoever · Patiëntendossier</span><span class="rz-user">Ingelogd als dr. M.A. Hoekstra</span></header>
<section class="rz-patientbanner" aria-label="Patiëntgegevens">
<h1 class="rz-pb-name">Maria Jacoba van den Berg</h1>
<dl class="rz-pb-facts">
<div><dt>Geboortedatum</dt><dd data-field="geboortedatum">08-08-1947</dd></div>
<div><dt>Geslacht</dt><dd data-field="geslacht">Vrouw</dd></div>
<div><dt>BSN</dt><dd data-field="bsn">804651000</dd></div>
<div><dt>Patiëntnummer</dt><dd data-field="patientnummer">6620451</dd></div>
</dl>
</section>
<main class="rz-main"><section id="verslagen" class="rz-section" aria-label="Verslagen en notities"><h2>Verslagen en notities (${NOTE_COUNT})</h2>
${notes.join('')}</section></main>
</div>
</body>
</html>
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const html = buildLargePage();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, html);
  const bytes = Buffer.byteLength(html);
  const ms = Math.round(performance.now() - started);
  console.log(`${relative(process.cwd(), OUT)} ${(bytes / 1_048_576).toFixed(1)} MB (${bytes} bytes, ${NOTE_COUNT} notes) in ${ms} ms`);
}
