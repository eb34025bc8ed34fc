import * as z from 'zod/mini';

/**
 * How a second-opinion centre wants the referral and its report exchanged. Secure electronic exchange is
 * mandatory for patient data (GDPR/AVG); ZorgMail is the Dutch healthcare messaging network, `portal`
 * the centre's own upload portal, `post` a letter on paper.
 */
export const ROUTING_CHANNELS = ['zorgmail', 'secure-email', 'portal', 'post'] as const;
export type RoutingChannel = (typeof ROUTING_CHANNELS)[number];

/** A second-opinion centre the organisation refers to; set by the organisation's policy. */
export const DefaultRecipientSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  address: z._default(z.string().check(z.maxLength(400)), ''),
  routing: z.enum(ROUTING_CHANNELS),
  /** Where the channel delivers: a ZorgMail or secure e-mail address, or the upload portal's address. */
  routingAddress: z._default(z.string().check(z.maxLength(300)), ''),
});
export type DefaultRecipient = z.infer<typeof DefaultRecipientSchema>;

export const MAX_DEFAULT_RECIPIENTS = 50;
