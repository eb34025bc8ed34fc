import * as z from 'zod/mini';
import { DefaultRecipientSchema, MAX_DEFAULT_RECIPIENTS } from './default-recipients';
import { SIDEBAR_LANGUAGES } from './language';

/** Clinician settings, kept in the extension's own storage.local (never the portal's origin). */
const text = (max: number) => z._default(z.string().check(z.maxLength(max)), '');
// AGB codes (Dutch care-provider register) are 8 digits; empty means not filled in yet.
const agb = () => z._default(z.union([z.literal(''), z.string().check(z.regex(/^\d{8}$/))]), '');

/** Drafts hold patient data outside the record system: they are kept between 1 day and 10 years. */
export const RETENTION_BOUNDS = { min: 1, max: 3650 } as const;

export const ProfileSchema = z.object({
  name: text(200),
  role: text(200),
  agbCode: agb(),
  organisation: text(200),
  address: text(400),
  phone: text(40),
  /** The organisation's own AGB code (practices and hospitals have one besides the clinician's). */
  organisationAgbCode: agb(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const SettingsSchema = z.object({
  profile: z._default(ProfileSchema, () => z.parse(ProfileSchema, {})),
  language: z._default(z.enum(['auto', 'nl', 'en']), 'auto'),
  /** Origins the user enabled, e.g. `https://portal.example.nl`. The demo origins need no entry. */
  enabledOrigins: z._default(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(200)), () => []),
  retentionDays: z._default(z.int().check(z.minimum(RETENTION_BOUNDS.min), z.maximum(RETENTION_BOUNDS.max)), 30),
  /** Language a new letter starts in; `auto` follows the portal page, then the sidebar's language. */
  letterLanguage: z._default(z.enum(['auto', 'nl', 'en']), 'auto'),
  /** Second-opinion centres offered as recipients; today only an organisation's policy fills this. */
  defaultRecipients: z._default(z.array(DefaultRecipientSchema).check(z.maxLength(MAX_DEFAULT_RECIPIENTS)), () => []),
  /** The sidebar's (and a new letter's) language; by default the portal page's (lib/language.ts). */
  sidebarLanguage: z._default(z.enum(SIDEBAR_LANGUAGES), 'page'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export { SETTINGS_KEY } from './settings-key';

/** Stored settings that fail validation fall back to defaults field by field rather than crashing. */
export function parseSettings(raw: unknown): Settings {
  const full = z.safeParse(SettingsSchema, raw ?? {});
  if (full.success) return full.data;
  const base = z.parse(SettingsSchema, {});
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(base) as Array<keyof Settings>) {
      const one = z.safeParse(SettingsSchema.shape[key], (raw as Record<string, unknown>)[key]);
      if (one.success) (base as Record<string, unknown>)[key] = one.data;
    }
  }
  return base;
}
