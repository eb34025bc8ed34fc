import { cleanLine } from './dom-text';
import { fieldOfLabel } from './labels';

/**
 * Patient names as banners write them: "Johanna Bakker-Verhoef", "OKONKWO, Adaeze (Mrs)",
 * "Kowalski, Martin J", "Dhr. P. van Dijk", split fields (Achternaam / Voornaam / Voorletters). The
 * name shown is the page's own, with titles and the surname-first comma order undone.
 */

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|dhr|mevr|mw|mej|de heer|mevrouw|meneer|sir|dame)\.?$/i;
const TITLE_IN_BRACKETS = /\s*\((?:mr|mrs|ms|miss|mx|dr|prof|dhr|mevr|mw|mej)\.?\)\s*/gi;
const LEADING_TITLE = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|dhr|mevr|mw|mej)\.?|de heer|mevrouw|meneer)\s+/i;
const AGE_OR_SEX_SUFFIX = /\s*\((?:\d{1,3}\s*(?:jr|j|jaar|y|yr|yrs|years?|y\.o\.?)|[mfvx]|\d{1,3}\s*[mfvx])\)\s*$/i;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'op', 'in', "'t", 'la', 'le', 'du', 'da', 'di', 'del', 'von', 'zu', 'el', 'al', 'bin', 'ibn', 'ben', 'mac', 'mc', 'st']);

/** Words a banner or menu shows that are never a name. */
const UI_WORDS =
  /^(bestand|file|patiënt|patient|cliënt|client|journaal|medicatie|medication|verwijzen|agenda|schedule|overzicht|summary|dossier|chart|home|start|menu|zoeken|search|berichten|messages|inbox|in basket|help|uitloggen|logout|log out|afmelden|instellingen|settings|orders|uitslagen|results|brieven|letters|notes|notities|problems|problemen|allergies|allergieën|episodes|consult|consults|consultations|correspondentie|registration|documents|care record|opname|opnames|afspraken|appointments|encounter|loading|laden|nieuw|new|open|sluiten|close|terug|back|volgende|next|vorige|previous|print|afdrukken|opslaan|save)$/i;

/** Plausible as a person's name: two to eight words of letters, initials or particles, no digits, no UI words. */
export function looksLikeName(text: string): boolean {
  const value = displayName(text);
  if (!value || value.length > 80 || /\d/.test(value) || /[:@/\\|<>{}[\]=+#]/.test(value.replace(/[<>]/g, ''))) return false;
  if (fieldOfLabel(value)) return false;
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  if (words.every((word) => UI_WORDS.test(word.replace(/[.,]/g, '')))) return false;
  const lettered = words.filter((word) => /\p{L}{2,}/u.test(word) && !PARTICLES.has(word.toLowerCase()));
  if (lettered.length < 1) return false;
  // Every word is a name part: letters with hyphens or apostrophes, an initial ("J.", "M.A."), or a particle.
  return words.every((word) => /^[\p{L}][\p{L}\p{M}'’.-]*,?$/u.test(word) || /^\([\p{L}\s.'-]+\)$/u.test(word));
}

/** Loose check for hostile or unusual names read from an explicit name label: letters are enough. */
export function plausibleLabelledName(text: string): boolean {
  const value = displayName(text);
  if ((value.match(/\p{L}/gu) ?? []).length < 2 || fieldOfLabel(value)) return false;
  const words = value.split(/\s+/).map((word) => word.replace(/[.,]/g, ''));
  return !words.every((word) => UI_WORDS.test(word) || word === '');
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_all, start: string, letter: string) => start + letter.toUpperCase());
}

/**
 * The name as the sidebar shows it: titles and "(64 jr)" removed, "SURNAME, Given" turned into
 * "Given Surname" (an all-capitals surname in title case, as the banner only shouted it).
 */
export function displayName(raw: string | null | undefined): string {
  let name = cleanLine(raw).replace(TITLE_IN_BRACKETS, ' ').replace(AGE_OR_SEX_SUFFIX, '');
  name = cleanLine(name);
  while (LEADING_TITLE.test(name)) name = name.replace(LEADING_TITLE, '');
  const words = name.split(' ');
  while (words.length > 1 && TITLE.test(words.at(-1)!)) words.pop();
  name = words.join(' ');
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && !/\d/.test(name)) {
    const family = comma[1]!.trim();
    const given = comma[2]!.trim();
    const shouted = family === family.toUpperCase() && /\p{Lu}{2,}/u.test(family);
    name = `${given} ${shouted ? titleCase(family) : family}`;
  }
  return cleanLine(name);
}

/** A name from split fields: given name (or initials), prefix ("van der"), family name. */
export function composeName(parts: { givenName?: string; initials?: string; prefix?: string; familyName?: string }): string | undefined {
  const given = cleanLine(parts.givenName) || cleanLine(parts.initials);
  const family = [cleanLine(parts.prefix), cleanLine(parts.familyName)].filter(Boolean).join(' ');
  if (!family) return undefined;
  return cleanLine(`${given} ${family}`);
}
