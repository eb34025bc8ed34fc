/**
 * The tenth probe set (probes-round10.ts), held to the same checks as the earlier ones (probe-suite.ts).
 * Its readable part holds few items of its smallest status, so the floor per status is 14 here.
 */
import type { DetectionStatus } from '../../../lib/detect';
import { describeProbeSuite } from './probe-suite';
import { PROBES } from './probes-round10';

/** Probe text → the status the rules give it today (wrong). */
const KNOWN_MISSES: Record<string, DetectionStatus> = {
  "Geachte mevrouw Smeets, wij hebben uw vraag ontvangen of een consult bij een andere cardioloog in de Hartkliniek Vennebroek, om uw diagnose opnieuw te laten beoordelen, vergoed wordt. Omdat u hiervoor een verwijzing van uw behandelend cardioloog heeft, valt dit onder de basisverzekering. Uw afspraak op 9 april kan dus doorgaan; alleen uw eigen risico is van toepassing. Met vriendelijke groet, Zorgverzekeraar Polderzorg": 'considering',
  "Assistente: mw. Dijkstra vraagt of de verwijzing naar de andere gynaecoloog al de deur uit is, zij wil die beoordeling z.s.m. hebben voor ze beslist over de baarmoederverwijdering. Gecheckt: verwijzing 2 dagen geleden via ZorgDomein verzonden. Mw. geinformeerd.": 'considering',
  "Overdracht avond: dhr. Celik k. 22, dag 2 opname ivm acute pancreatitis. Pijn beter met oxycodon, VAS 3. Dhr heeft vanmiddag aan de zaalarts gevraagd of de MRCP-beelden naar het UMC Oostervaart gestuurd kunnen worden zodat een MDL-arts daar mee kan kijken naar het operatievoorstel; hij wil dat echt. Zaalarts regelt dit morgen. Mag vanaf morgen licht dieet.": 'considering',
  "MDO colorectaal: dhr. Tan, 70, rectumcarcinoom, klinisch complete respons na chemoradiatie. Het advies van het MDO van het UMC Oostervaart, door pt zelf aangevraagd, is binnen: zij adviseren 'watch and wait' in plaats van een operatie. Besproken; wij sluiten ons hierbij aan. Follow-up schema conform protocol.": 'none',
  "Geachte heer Bos, de nota van de Hartkliniek Vennebroek voor het consult van 14-02, waarin uw hartritmestoornis op uw verzoek opnieuw werd beoordeeld, hebben wij vergoed uit de basisverzekering. Een bedrag van 120 euro is verrekend met uw eigen risico. Met vriendelijke groet, afdeling Declaraties": 'none',
  "Beste dokter Veenstra, ik schrijf namens mijn vader, dhr. Kuipers, over zijn bloeddrukpillen: hij heeft geen last meer van duizeligheid sinds de dosis omlaag is. Ter info: ikzelf ben vorige maand voor mijn eigen knie bij een andere orthopeed in het Maasland Ziekenhuis geweest voor een second opinion en word daar volgende week geopereerd. Ik ben dan dus niet bereikbaar, mijn broer Joost gaat met papa mee naar de controle op de 14e. Met vriendelijke groet, Ingrid Kuipers": 'completed',
  "Sarcoma MDT: Mr Quayle, 38, L thigh mass, core biopsy suggests myxoid liposarcoma. Patient has asked for his case to be reviewed externally before surgery - slides and imaging sent to the Kingsgate Sarcoma Service for their MDT on 3/5. Surgery provisionally booked, to be confirmed after their recommendation.": 'completed',
  "Paeds GI: Ethan, 13, steroid-dependent Crohn's. Family had been offered a review at the tertiary IBD centre about biologics, but parents and Ethan have decided not to pursue this and to start infliximab here.": 'none',
  "WR: Dr Whitfield (cardiology, Northbridge) reviewed Mrs Osei-Bonsu yesterday at her request; he agrees a permanent pacemaker is indicated. Mrs Osei-Bonsu now consents. Listed for PPM Thurs, hold apixaban from tomorrow.": 'none',
  "Claim settled. Member: Mr G. Bright. Service: independent consultant review of proposed knee replacement, Mr Haddad, 22/01. Amount paid: 250.00. No further action required.": 'none',
  "Dear Mr Patel, I saw Mrs Ruth Abara in clinic today at her own request to review the recommendation for mastectomy made by your team. I have reviewed her mammograms, MRI and core biopsy histology. I agree that breast conservation is not feasible given the multifocal disease spanning 7 cm. I have explained this to her in detail, and she is now content to proceed with surgery under your care. Yours sincerely, Ms L. Carr, Consultant Breast Surgeon, St Aldhelm's": 'none',
  "Dear Dr Fenwick, thank you for referring Mrs Lomax with right-hand paraesthesia. Nerve conduction studies confirm moderate carpal tunnel syndrome on the right. She would like to proceed with decompression and I have listed her. She asked me about her neighbour, who went elsewhere for a second opinion after a failed release; I explained I cannot comment on another patient's care. She is content with the plan.": 'declined',
};

describeProbeSuite({
  title: 'probe set, round 10 (clinical texts in 27 genres by a writer who never read the rules)',
  probes: PROBES,
  knownMisses: KNOWN_MISSES,
  minSize: 109,
  maxSize: 119,
  minPerStatus: 14,
  // Raised to the scores after the thirty-sixth round's first step (docs/detection.md, "Thirty-sixth round"); floors only rise.
  flagFloor: 0.988,
  macroFloor: 0.882,
});
