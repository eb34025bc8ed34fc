import { createHash } from 'node:crypto';

/** A probe text's key in unseen-rules.json: its language and text, hashed. */
export function probeKey(lang: string, text: string): string {
  return createHash('sha1').update(`${lang}\n${text}`).digest('hex').slice(0, 16);
}
