import type { DetectionStatus } from '../../../lib/messages';

/**
 * Held-out cases written independently of the dev set: invented patients, both languages, every status,
 * and the hard parts — negation scope, hypotheticals, other people, representatives, withdrawn requests,
 * pseudo-triggers, form fields, leaflets, line-wrapped notes, SOEP structure, and long notes where a later
 * statement overrides an earlier one.
 */
export interface DetectCase {
  id: string;
  lang: 'nl' | 'en';
  text: string;
  status: DetectionStatus;
}

export const CASES: DetectCase[] = [
  // --- requested
  { id: 'nl-req-1', lang: 'nl', status: 'requested', text: 'Dhr. wil graag een 2e opinie bij de uroloog in het Radboud voordat hij kiest voor bestraling.' },
  { id: 'nl-req-2', lang: 'nl', status: 'requested', text: 'S: pte vraagt om secondopinion mbt de voorgestelde hysterectomie.\nO: buik soepel.\nP: verwijzing SO gyn UMCU.' },
  { id: 'nl-req-3', lang: 'nl', status: 'requested', text: 'Geachte collega, mevr. Jansen (fictief) verzoekt om een tweede mening over het behandelplan van haar parodontitis.' },
  { id: 'nl-req-4', lang: 'nl', status: 'requested', text: 'Moeder wil namens haar zoon (14 jr) een second opinion bij een andere kinderarts.' },
  { id: 'nl-req-5', lang: 'nl', status: 'requested', text: 'Hallo dokter, ik wil graag dat een ander ziekenhuis naar mijn MRI kijkt. Kunt u de beelden opsturen?' },
  { id: 'nl-req-6', lang: 'nl', status: 'requested', text: 'Pt wenst herbeoordeling door ander ziekenhuis i.v.m. twijfel over de indicatie voor operatie.' },
  { id: 'nl-req-7', lang: 'nl', status: 'requested', text: 'SO aangevraagd bij het Prinses Maxima Centrum, wacht op datum.' },
  { id: 'nl-req-8', lang: 'nl', status: 'requested', text: 'Patiënt heeft lang getwijfeld maar wil nu toch een second-opinion bij een andere orthopeed.' },
  { id: 'nl-req-9', lang: 'nl', status: 'requested', text: 'Mw. is het niet eens met het advies van de\nneuroloog en wil dat een andere neuroloog haar\nbeoordeelt.' },
  { id: 'nl-req-10', lang: 'nl', status: 'requested', text: 'Besproken: second opinion. Patiente wil hier graag gebruik van maken, verwijsbrief wordt opgesteld.' },
  { id: 'nl-req-11', lang: 'nl', status: 'requested', text: 'Ik zou graag willen dat een andere tandarts naar mijn behandelplan kijkt voordat ik ga tekenen.' },
  { id: 'nl-req-12', lang: 'nl', status: 'requested', text: 'Cliënt is doorverwezen voor een tweede mening naar het Expertisecentrum, intake gepland in mei.' },
  { id: 'en-req-1', lang: 'en', status: 'requested', text: 'Pt would like a 2nd opinion from another oncologist before starting chemo.' },
  { id: 'en-req-2', lang: 'en', status: 'requested', text: 'Dear Dr Smith, could you please refer me for a second opinion? I want another surgeon to look at my scans.' },
  { id: 'en-req-3', lang: 'en', status: 'requested', text: 'Her daughter, acting on behalf of her mother as legal guardian, requested a second opinion regarding the dementia diagnosis.' },
  { id: 'en-req-4', lang: 'en', status: 'requested', text: 'Second opinion referral sent to the regional cancer centre at the patient\'s request.' },
  { id: 'en-req-5', lang: 'en', status: 'requested', text: 'A: persistent pain after implant.\nP: patient wants a second opinion from a different dentist; records to be sent.' },
  { id: 'en-req-6', lang: 'en', status: 'requested', text: 'I am writing on behalf of my son. We would like a second opinion on his epilepsy treatment.' },
  { id: 'en-req-7', lang: 'en', status: 'requested', text: 'After thinking it over for two weeks, Mrs Brown has decided to go ahead with a second opinion at St Mary\'s.' },
  // --- considering
  { id: 'nl-con-1', lang: 'nl', status: 'considering', text: 'Mw. vraagt of een second opinion vergoed wordt door haar zorgverzekeraar.' },
  { id: 'nl-con-2', lang: 'nl', status: 'considering', text: 'Patiënt twijfelt of hij een tweede mening moet vragen, wil eerst met zijn vrouw overleggen.' },
  { id: 'nl-con-3', lang: 'nl', status: 'considering', text: 'Ik twijfel aan het behandelplan van de kaakchirurg. Zou het zinvol zijn als een ander daar nog naar kijkt?' },
  { id: 'nl-con-4', lang: 'nl', status: 'considering', text: 'Dhr overweegt eventueel een second opinion, komt hier bij volgend consult op terug.' },
  { id: 'nl-con-5', lang: 'nl', status: 'considering', text: 'Hoe werkt een second opinion eigenlijk? Moet ik daarvoor via de huisarts?' },
  { id: 'nl-con-6', lang: 'nl', status: 'considering', text: 'Pte vraagt zich af of een ander ziekenhuis meer mogelijkheden heeft voor haar rugklachten.' },
  { id: 'en-con-1', lang: 'en', status: 'considering', text: 'Patient is unsure about the proposed surgery and is thinking about getting a second opinion.' },
  { id: 'en-con-2', lang: 'en', status: 'considering', text: 'Is it possible for another hospital to review my case? I have not made up my mind yet.' },
  { id: 'en-con-3', lang: 'en', status: 'considering', text: 'He wondered whether a second opinion would change anything.' },
  { id: 'en-con-4', lang: 'en', status: 'considering', text: 'Mrs Patel has doubts about the diagnosis of rheumatoid arthritis and may seek a second opinion.' },
  { id: 'en-con-5', lang: 'en', status: 'considering', text: 'Declined a second opinion in March.\nToday she says she is reconsidering and might want a second opinion after all.' },
  // --- declined
  { id: 'nl-dec-1', lang: 'nl', status: 'declined', text: 'Second opinion aangeboden; mw. heeft hier geen behoefte aan.' },
  { id: 'nl-dec-2', lang: 'nl', status: 'declined', text: 'Pt wil uitdrukkelijk geen tweede mening, wil zo snel mogelijk starten met de behandeling.' },
  { id: 'nl-dec-3', lang: 'nl', status: 'declined', text: 'Eerder verzoek om second opinion door patiënt ingetrokken na gesprek met chirurg.' },
  // A form label answers a form, not the patient's wish (GUIDE §4: form labels are none).
  { id: 'nl-dec-4', lang: 'nl', status: 'none', text: 'Second opinion: nee' },
  { id: 'nl-dec-5', lang: 'nl', status: 'declined', text: 'Patiënt heeft overwogen een second opinion aan te vragen, maar ziet daar uiteindelijk van af.' },
  { id: 'en-dec-1', lang: 'en', status: 'declined', text: 'Offered a second opinion at the university hospital; patient declined.' },
  { id: 'en-dec-2', lang: 'en', status: 'declined', text: 'She does not want a second opinion and is happy to proceed with radiotherapy.' },
  { id: 'en-dec-3', lang: 'en', status: 'declined', text: 'Patient cancelled the second opinion referral as he feels confident in the current plan.' },
  { id: 'en-dec-4', lang: 'en', status: 'declined', text: 'Was initially keen on a second opinion but has since changed his mind.' },
  // --- completed
  { id: 'nl-com-1', lang: 'nl', status: 'completed', text: 'Second opinion in het LUMC heeft plaatsgevonden, conclusie: geen operatie.' },
  { id: 'nl-com-2', lang: 'nl', status: 'completed', text: 'Brief ontvangen van de second opinion-arts: zij adviseert een andere medicatie.' },
  { id: 'nl-com-3', lang: 'nl', status: 'completed', text: 'Pte is vorige maand voor een tweede mening bij een andere reumatoloog geweest.' },
  { id: 'nl-com-4', lang: 'nl', status: 'completed', text: 'Verslag van de 2e opinie (Maastricht UMC+) bevestigt de diagnose.' },
  { id: 'en-com-1', lang: 'en', status: 'completed', text: 'The second opinion from the tertiary centre confirmed our diagnosis of sarcoidosis.' },
  { id: 'en-com-2', lang: 'en', status: 'completed', text: 'She already had a second opinion at another hospital in 2022, which agreed with the plan.' },
  { id: 'en-com-3', lang: 'en', status: 'completed', text: 'Back from his second opinion in Leeds: they suggest watchful waiting.' },
  // --- none
  { id: 'nl-none-1', lang: 'nl', status: 'none', text: 'Tweede controle na extractie: wond rustig.' },
  { id: 'nl-none-2', lang: 'nl', status: 'none', text: 'Zijn vrouw heeft een second opinion gehad voor haar eigen knie; patiënt zelf heeft geen vragen.' },
  { id: 'nl-none-3', lang: 'nl', status: 'none', text: 'Informatie over second opinion: u heeft recht op een second opinion. Bespreek dit met uw behandelaar.' },
  { id: 'nl-none-4', lang: 'nl', status: 'none', text: 'Tweede beoordeling door radioloog: geen afwijkingen.' },
  { id: 'nl-none-5', lang: 'nl', status: 'none', text: 'Tweede dosis influenzavaccin gegeven. Geen bijwerkingen.' },
  { id: 'nl-none-6', lang: 'nl', status: 'none', text: 'S: hoofdpijn sinds 3 dagen.\nO: RR 135/85, pols 72.\nE: spanningshoofdpijn.\nP: paracetamol zo nodig, controle over 2 weken.' },
  { id: 'nl-none-7', lang: 'nl', status: 'none', text: 'Pt gaat verhuizen en wil overstappen naar een andere huisarts in Zwolle.' },
  { id: 'nl-none-8', lang: 'nl', status: 'none', text: 'Collega-cardioloog keek mee naar het ECG: sinusritme.' },
  { id: 'en-none-1', lang: 'en', status: 'none', text: 'My sister wants a second opinion about her thyroid, can you recommend someone?' },
  { id: 'en-none-2', lang: 'en', status: 'none', text: 'Second look arthroscopy planned for next month.' },
  { id: 'en-none-3', lang: 'en', status: 'none', text: 'Leaflet given: "Your right to a second opinion". Patient has no questions.' },
  { id: 'en-none-4', lang: 'en', status: 'none', text: 'BP 128/80. HbA1c 52 mmol/mol. Continue metformin 500 mg twice daily.' },
  { id: 'en-none-5', lang: 'en', status: 'none', text: 'Second read of the mammogram by a consultant radiologist: BI-RADS 2.' },
  { id: 'en-none-6', lang: 'en', status: 'none', text: 'Patient asks to see another physiotherapist because the current one is on leave.' },
  // --- long notes: later statements override earlier ones
  {
    id: 'nl-long-1',
    lang: 'nl',
    status: 'declined',
    text:
      '12-03: S: mw. twijfelt aan de diagnose en overweegt een second opinion.\nO: geen bijzonderheden.\nP: info meegegeven.\n' +
      '26-03: S: mw. heeft er goed over nagedacht en wil toch geen second opinion; start behandeling volgende week.',
  },
  {
    id: 'nl-long-2',
    lang: 'nl',
    status: 'completed',
    text:
      'Consult 1: pt vraagt om second opinion in AVL, verwijzing verstuurd.\nLab: Hb 8.1, leuco 6.2, CRP <5.\n' +
      'Consult 2: pt terug na second opinion in het AVL; advies gelijk aan ons voorstel. Behandeling wordt gestart.',
  },
  {
    id: 'en-long-1',
    lang: 'en',
    status: 'requested',
    text:
      'Visit 1: patient declined a second opinion, keen to start treatment.\nMeds: amlodipine 5 mg od, atorvastatin 20 mg.\n' +
      'Visit 2: after reading more online she now wants a second opinion at the university hospital. Referral letter drafted.',
  },
  {
    id: 'en-long-2',
    lang: 'en',
    status: 'completed',
    text:
      'S: Doubts about the surgical plan, asked about a second opinion.\nO: wound healed.\n' +
      'Update: second opinion obtained at the Royal Marsden, which agreed with conservative management.',
  },
  {
    id: 'nl-long-3',
    lang: 'nl',
    status: 'none',
    text:
      'Patiëntenfolder "Second opinion": Wat is een second opinion? Een second opinion is een tweede mening van een andere arts.\n' +
      'U kunt een second opinion aanvragen via uw behandelend arts. De kosten worden meestal vergoed.',
  },
  {
    id: 'en-long-3',
    lang: 'en',
    status: 'considering',
    text:
      'Hi, thanks for the results. I read that the scan showed a shadow.\nI am not sure the plan to operate is right for me\n' +
      'and I wonder if someone else should look at it first. What do you think?',
  },
  // --- second batch, written after the rules were settled and scored once before any change
  { id: 'b2-nl-req-1', lang: 'nl', status: 'requested', text: 'E: chronische pancreatitis.\nP: pt wil graag dat een ander academisch ziekenhuis meekijkt; verwijzing MDL Groningen.' },
  { id: 'b2-nl-req-2', lang: 'nl', status: 'requested', text: 'Namens mijn moeder (die zelf niet kan mailen) vraag ik om een second opinion over haar heupoperatie.' },
  { id: 'b2-nl-req-3', lang: 'nl', status: 'requested', text: 'Na lang nadenken heeft dhr besloten een tweede mening te vragen bij het NKI.' },
  { id: 'b2-en-req-1', lang: 'en', status: 'requested', text: 'Patient insists on a second opinion before any further surgery. Referral to be arranged.' },
  { id: 'b2-en-req-2', lang: 'en', status: 'requested', text: 'I would really like someone else to review my biopsy results. Can you send them to the Christie?' },
  { id: 'b2-nl-con-1', lang: 'nl', status: 'considering', text: 'Mw. weet nog niet of zij een second opinion wil, neemt contact op na de vakantie.' },
  { id: 'b2-nl-con-2', lang: 'nl', status: 'considering', text: 'Kan ik zomaar naar een ander ziekenhuis voor een tweede mening, of heb ik een verwijzing nodig?' },
  { id: 'b2-en-con-1', lang: 'en', status: 'considering', text: 'He is wondering if another urologist would recommend the same operation.' },
  { id: 'b2-en-con-2', lang: 'en', status: 'considering', text: 'Pt asked about the process for getting a second opinion; leaflet provided, will think about it.' },
  { id: 'b2-nl-dec-1', lang: 'nl', status: 'declined', text: 'Mw. heeft het aanbod voor een second opinion afgewezen.' },
  { id: 'b2-nl-dec-2', lang: 'nl', status: 'declined', text: 'Verzoek tot second opinion door pt zelf geannuleerd.' },
  { id: 'b2-en-dec-1', lang: 'en', status: 'declined', text: 'Second opinion discussed at length. She chose not to pursue it.' },
  { id: 'b2-en-dec-2', lang: 'en', status: 'declined', text: 'No wish for a second opinion at present.' },
  { id: 'b2-nl-com-1', lang: 'nl', status: 'completed', text: 'Uitkomst second opinion AMC: conservatief beleid, past bij ons advies.' },
  { id: 'b2-en-com-1', lang: 'en', status: 'completed', text: 'Seen for a second opinion at Guy\'s last week; they recommended proceeding with surgery.' },
  { id: 'b2-en-com-2', lang: 'en', status: 'completed', text: 'Following her second opinion in Oxford, the diagnosis was revised to sarcoidosis.' },
  { id: 'b2-nl-none-1', lang: 'nl', status: 'none', text: 'Tweede prik gegeven, volgende afspraak over 6 weken.' },
  { id: 'b2-nl-none-2', lang: 'nl', status: 'none', text: 'Andere medicatie geprobeerd, helaas zonder effect. Controle over 4 weken.' },
  { id: 'b2-en-none-1', lang: 'en', status: 'none', text: 'Her mother had a second opinion for breast cancer years ago.' },
  { id: 'b2-en-none-2', lang: 'en', status: 'none', text: 'Other options discussed: physiotherapy, weight loss, analgesia.' },
  // --- third batch: portal page texts (dental, generic/label-spans) and the constructions behind them —
  // past-tense requests ("heeft gevraagd om", "asked me for"), "geen … te willen" against a request cue, refusals
  // with "ziet af van" / "decided against", withdrawals that name the request, and process questions
  { id: 'b3-nl-req-1', lang: 'nl', status: 'requested', text: "Telefonisch contact. Patiënt twijfelde na het vorige gesprek over het implantaatplan, vooral over de botopbouw en de kosten. Na overleg thuis heeft hij vandaag gevraagd om een second opinion bij een andere implantoloog voordat hij akkoord geeft. Röntgenfoto's, parodontale status en behandelplan klaarzetten voor verzending na schriftelijke toestemming." },
  { id: 'b3-nl-req-2', lang: 'nl', status: 'requested', text: "Hij heeft gevraagd om een second opinion." },
  { id: 'b3-nl-req-3', lang: 'nl', status: 'requested', text: "Mw. Verbeek heeft gisteren gevraagd naar een tweede mening bij een andere gynaecoloog." },
  { id: 'b3-nl-req-4', lang: 'nl', status: 'requested', text: "De ouders hebben vandaag gevraagd om een second opinion voor hun dochter in het Sophia." },
  { id: 'b3-nl-req-5', lang: 'nl', status: 'requested', text: "Dhr. vroeg om een 2e opinie bij de vaatchirurg; verwijsbrief volgt." },
  { id: 'b3-en-req-1', lang: 'en', status: 'requested', text: "Mr Hughes has asked for a second opinion regarding the proposed spinal fusion." },
  { id: 'b3-en-req-2', lang: 'en', status: 'requested', text: "At the end of the consultation she asked me for a second opinion from another cardiologist." },
  { id: 'b3-en-req-3', lang: 'en', status: 'requested', text: "The patient asked me to arrange a second opinion at the Royal Brompton." },
  { id: 'b3-nl-con-1', lang: 'nl', status: 'considering', text: "Pte vroeg of een second opinion mogelijk is bij een ander ziekenhuis." },
  { id: 'b3-nl-con-2', lang: 'nl', status: 'considering', text: "Mevrouw heeft nagedacht over de mogelijkheid van een second opinion over de voorgestelde klepoperatie." },
  { id: 'b3-nl-con-3', lang: 'nl', status: 'considering', text: "Hoe vraag ik een second opinion aan? Moet ik daarvoor eerst naar de huisarts?" },
  { id: 'b3-en-con-1', lang: 'en', status: 'considering', text: "Do I need a referral from my GP for a second opinion, or can I contact the hospital myself?" },
  { id: 'b3-en-con-2', lang: 'en', status: 'considering', text: "Can I get a second opinion, and is it covered by my insurance?" },
  { id: 'b3-nl-dec-1', lang: 'nl', status: 'declined', text: "Mevrouw heeft nagedacht over de mogelijkheid van een second opinion over de voorgestelde klepoperatie. Zij geeft aan geen second opinion te willen en kiest voor de operatie hier; datum wordt gepland." },
  { id: 'b3-nl-dec-2', lang: 'nl', status: 'declined', text: "Pt heeft gevraagd om een second opinion maar trok dit later in." },
  { id: 'b3-nl-dec-3', lang: 'nl', status: 'declined', text: "Dhr. wenst geen second opinion en wil snel starten met de bestraling." },
  { id: 'b3-nl-dec-4', lang: 'nl', status: 'declined', text: "Patiënte geeft aan geen tweede mening nodig te hebben." },
  { id: 'b3-nl-dec-5', lang: 'nl', status: 'declined', text: "Na uitleg ziet mw. af van een second opinion en kiest voor de behandeling hier." },
  { id: 'b3-en-dec-1', lang: 'en', status: 'declined', text: "He does not want a second opinion and opted for surgery here next month." },
  { id: 'b3-en-dec-2', lang: 'en', status: 'declined', text: "After discussing it with her husband she decided against a second opinion." },
  { id: 'b3-en-dec-3', lang: 'en', status: 'declined', text: "Patient asked for a second opinion in June but withdrew the request a week later." },
  { id: 'b3-en-com-1', lang: 'en', status: 'completed', text: "She asked for a second opinion last year, which confirmed the diagnosis." },
  { id: 'b3-nl-com-1', lang: 'nl', status: 'completed', text: "Pt heeft vorig jaar om een second opinion gevraagd; die heeft plaatsgevonden in het Erasmus MC." },
  { id: 'b3-nl-none-1', lang: 'nl', status: 'none', text: "Pt kiest voor de operatie; planning volgt." },
  { id: 'b3-en-none-1', lang: 'en', status: 'none', text: "His wife has asked for a second opinion about her own hip." },
];
