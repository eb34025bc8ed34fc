/**
 * The sixth probe set (probes-round6.ts), held to the same checks as the earlier ones (probe-suite.ts).
 * Its readable part holds 19 finished second opinions, so the floor per status is 15 here.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round6';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Op uitdrukkelijk verzoek van patiënte zijn de coupes van de huidbiopsie gereviseerd door de dermatopatholoog van het AVL. Conclusie revisie: conform, superficieel spreidend melanoom, Breslow 0,8 mm. Beleid ongewijzigd: re-excisie met 1 cm marge.": 'none',
  "Ontslagbrief cardiologie\nOpname 13-05 t/m 16-05 voor electieve TAVI.\nVoorgeschiedenis/beloop: patiënt werd in maart door ons gezien met een ernstige aortaklepstenose; het hartteam adviseerde TAVI. Patiënt liet zich daarna op eigen verzoek ook zien in het St. Antonius Ziekenhuis, waar eveneens TAVI werd geadviseerd. Op 14-05 werd de TAVI via transfemorale toegang ongecompliceerd verricht. Geen geleidingsstoornissen.\nMedicatie bij ontslag: clopidogrel 75 mg 1dd gedurende 3 maanden.\nControle: polikliniek cardiologie over 6 weken met echo.": 'none',
  "Foto moedervlek rug via teledermatologie laten meekijken door dermatoloog: benigne naevus, geen actie nodig. Pt geinformeerd.": 'requested',
  "Re: Mrs Angela Price, DOB 22/07/1965\n\nDear Mr Thornton,\n\nI would be grateful if you could see this 58-year-old lady, who was diagnosed with a grade 2 spondylolisthesis at L4/5 at our local hospital last year. She has had back pain for several years and, more recently, neurogenic claudication limiting her walking to about 200 metres. She has completed a course of physiotherapy and had one epidural injection with only short-lived benefit.\n\nThe spinal surgeon she saw locally has recommended an instrumented fusion. Mrs Price is not convinced that this is the right operation for her; she has read that decompression alone is sometimes sufficient, and she specifically wishes to have your opinion on whether the fusion is necessary before she agrees to anything. She is otherwise fit and well, a non-smoker, BMI 27.\n\nMedication: naproxen 500 mg bd, omeprazole 20 mg od, gabapentin 300 mg tds.\nImaging is available via the PACS link.\n\nYours sincerely,\nDr Helen Carr, GP": 'none',
  "Pt asked again today when 'the doctor from Papworth' is coming to look at everything. Checked with ward clerk: referral for review of his case went on Friday at his request, awaiting date. Pt reassured.": 'none',
  "Pt previously withdrew her request for review at Mass General. Today she asks again, having read more about the options and talked to her daughters. Referral resent; surgery date released for now.": 'declined',
  "Re: Mr Daniel Fletcher, DOB 11/04/1971\n\nDear Dr Ahmed,\n\nI reviewed Mr Fletcher in the hepatology clinic today. As you know, he has compensated cirrhosis secondary to non-alcoholic fatty liver disease, and surveillance ultrasound in January identified a 2.8 cm lesion in segment 6. Triple-phase CT shows arterial enhancement with washout, consistent with hepatocellular carcinoma (LI-RADS 5). AFP is 14.\n\nHis case was discussed at our regional HCC MDT, where the recommendation was microwave ablation. I went through this with Mr Fletcher and his wife at some length. He remains uneasy, largely because a colleague at work was offered resection for a similar lesion, and he would like a surgeon to go through whether resection might be better for him.\n\nHe has an appointment with Professor Hargreaves at the Queen Elizabeth Hospital in Birmingham on 2 May to go over the options. We have forwarded the imaging and will hold the ablation slot until we hear back.\n\nYours sincerely,\nDr R. Menon, Consultant Hepatologist": 'none',
  "I have a consult booked at the Mayo Clinic in Rochester on the 23rd to go over my lymphoma diagnosis and the treatment plan my local oncologist proposed. Does anyone know if BCBS needs a prior authorization for that, or is it just billed as a specialist visit?": 'none',
  "Pt previously suggested getting her implant plan checked by another practice. Today said she'd decided against it and wants us to go ahead. Implant LL6 booked for March.": 'requested',
  "Re: Mr Tomasz Nowak, DOB 02/12/1976\n\nDear Dr Greene,\n\nI saw Mr Nowak again in the respiratory clinic today. As you will recall, he was diagnosed with idiopathic pulmonary fibrosis last autumn on the basis of a typical UIP pattern on HRCT and the absence of any identifiable exposure or connective tissue disease. His FVC was 71% predicted at diagnosis.\n\nMr Nowak found the diagnosis very hard to accept, particularly as he felt relatively well. He has since been seen, at his own request, by Professor Lawson at Guy's, who reviewed the imaging and agreed with both the diagnosis and the recommendation for antifibrotic treatment.\n\nHe has now started nintedanib 150 mg twice daily. He has had some loose stools, which are manageable with loperamide, and his liver function is normal. Today his FVC is 69% predicted and his resting oxygen saturation is 95%.\n\nI will see him again in three months with lung function tests.\n\nYours sincerely,\nDr F. O'Brien, Consultant Respiratory Physician": 'none',
  "Pt asked to be referred to a different hospital for his cataract op because of the shorter wait; happy with the diagnosis and plan. Referral redirected to SpaMedica.": 'declined',
};

describeProbeSuite({
  title: 'probe set, round 6 (written by a second writer who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 130,
  maxSize: 140,
  minPerStatus: 15,
  // Raised to the scores after the twenty-seventh round (docs/detection.md, "Twenty-seventh round"); floors only rise.
  flagFloor: 0.922,
  macroFloor: 0.923,
});
