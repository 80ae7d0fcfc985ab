export const DIGEST_CADENCES = ['daily', 'weekly', 'off'] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];
export type ActiveCadence = Exclude<DigestCadence, 'off'>;

export const DIGEST_CHANNELS = ['email', 'in_app'] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One part of a digest: a heading and its lines. */
export interface DigestSection {
  key: string;
  title: string;
  items: string[];
}

export interface DigestContent {
  hubName: string;
  periodStart: string;
  periodEnd: string;
  sections: DigestSection[];
}

export interface DigestPreferenceDto {
  hubId: string;
  cadence: DigestCadence;
  timeZone: string;
  /** Local `HH:MM`. */
  deliveryTime: string;
  channels: DigestChannel[];
  /** False while the role's defaults apply. */
  customized: boolean;
  /**
   * True after the unsubscribe link of an email: the hub's digests are off and it sends no notification emails either,
   * until these settings are saved again.
   */
  unsubscribed: boolean;
}

/** A digest in the user's in-app list; also pushed live on the socket as `digest`. */
export interface DigestDto {
  id: string;
  hubId: string;
  cadence: ActiveCadence;
  subject: string;
  content: DigestContent;
  readAt: string | null;
  createdAt: string;
}

/** An email kept in the local outbox when no SMTP server is configured. */
export interface OutboxEmailDto {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}
