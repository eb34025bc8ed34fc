/**
 * The fourth probe set (probes-round4.ts), held to the same checks as the third (probe-suite.ts), and
 * to its size of 160 to 200 probes with none twice.
 */
import { expect, it } from 'vitest';
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round4';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Kan een ander ziekenhuis mijn scans bekijken? Dat zou ik heel graag willen.": 'considering',
  "Dhr. wil zijn dossier laten beoordelen door het Antoni van Leeuwenhoek voordat hij met bestraling start.": 'none',
  "S: wil elders een mening over de rugoperatie. P: verwijzing orthopedie Sint Maartenskliniek.": 'none',
  "Ouders van Daan (4 jr) willen dat een ander kinderziekenhuis naar de hartecho kijkt.": 'none',
  "Dhr. wil niet verder zonder de mening van een andere oncoloog.": 'declined',
  "Mw. zit ermee dat er geen andere arts naar de scan heeft gekeken.": 'completed',
  "Ergens denk ik dat een andere arts er anders naar zou kijken.": 'none',
  "Een deel van mij wil een second opinion, een ander deel wil gewoon beginnen.": 'requested',
  "Pt vroeg wat een second opinion kost en of de verzekering het vergoedt.": 'requested',
  "Ik zit er echt mee of ik niet beter een tweede mening kan vragen.": 'declined',
  "Ik vraag me af of een ander ziekenhuis hetzelfde zou zeggen.": 'completed',
  "Die nacht lag ik wakker: moest ik niet toch een tweede mening vragen?": 'declined',
  "Pte vindt het lastig om te kiezen; een second opinion is voor haar nog een optie.": 'none',
  "Dhr. zegt de afspraak voor de second opinion af; hij vertrouwt op ons team.": 'requested',
  "Dhr. trekt zijn verzoek om een second opinion in.": 'requested',
  "Ik hoef echt geen andere dokter, ik ben blij met mijn behandelaar.": 'none',
  "Na de second opinion in Nijmegen kiest pt alsnog voor de operatie.": 'none',
  "Second opinion UMCG (12-03): geen aanvullende behandelopties.": 'none',
  "Beoordeling elders heeft plaatsgevonden, conclusie ongewijzigd.": 'none',
  "Mw. liet haar scans in Duitsland beoordelen; de radioloog daar zag geen tumor.": 'none',
  "Ik heb vorig jaar een second opinion laten doen en ben daar heel blij mee.": 'none',
  "Steeds meer patiënten vragen een second opinion aan, blijkt uit onderzoek van de Patiëntenfederatie.": 'requested',
  "Dhr. is mantelzorger voor zijn vrouw met MS. Zij wil een second opinion in het MS-centrum.": 'requested',
  "De tweede mening van de jurist over de Wmo-aanvraag kwam vandaag binnen.": 'completed',
  "Uit de enquête blijkt dat een op de tien patiënten ooit een second opinion heeft gehad.": 'completed',
  "Can I see someone else about this? I really don't feel listened to.": 'considering',
  "Could another hospital look at my scans before I agree to the surgery?": 'considering',
  "He wants someone independent to go over his biopsy results.": 'none',
  "He would like somebody outside this trust to take a fresh look at his case.": 'none',
  "Part of me wants another opinion, but I also just want this sorted.": 'requested',
  "Mum of Noah (8) wonders if a second paediatrician could look at the rash.": 'none',
  "For weeks I went back and forth about getting a second opinion.": 'none',
  "I don't want another opinion, I just want to get on with the treatment.": 'requested',
  "We discussed referral elsewhere for a view; he would rather stay with us.": 'requested',
  "Following a second opinion in Manchester, the plan was changed to radiotherapy.": 'none',
  "When I finally got my second opinion, the new surgeon told me the operation was not necessary.": 'declined',
  "The other hospital said exactly the same as you did.": 'none',
  "After a second opinion at Great Ormond Street her parents opted for the operation.": 'none',
  "Letter from Dr Patel (second opinion): no further treatment options.": 'none',
  "Patient has already been seen elsewhere for a second opinion.": 'none',
  "The second surgeon she saw agreed with the original plan.": 'none',
  "My second opinion in London said the same thing, so I went ahead.": 'none',
  "Reviewed by a consultant at another hospital at her request; no change to diagnosis.": 'requested',
  "Getting a second opinion: what you need to know.": 'requested',
  "A survey found that one in five patients would like a second opinion but never ask.": 'requested',
  "The pathologist obtained a second opinion from a colleague on the margins.": 'completed',
  "A visitor of the patient in the next bed wanted a second opinion for his father.": 'requested',
  "Patients may request a second opinion; the trust does not have to agree.": 'considering',
  "The MDT sought an external opinion from the regional centre on the imaging protocol.": 'completed',
};

describeProbeSuite({
  title: 'probe set, round 4 (written from the phenomena, not from labelled items)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 160,
  maxSize: 200,
  // The probe scores at the rules of the fourth round (docs/detection.md, "Fourth round").
  flagFloor: 0.844,
  macroFloor: 0.732,
});

it('holds no round-4 probe twice', () => {
  expect(new Set(PROBES.map((p) => p[3])).size).toBe(PROBES.length);
});
