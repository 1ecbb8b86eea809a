import { z } from "zod";
import { ConsentPurpose } from "../consent-purposes";
import { OneLine, pageOf } from "./common";
import { Segment } from "./segments";

/** One line, no CR/LF: it becomes a mail header. */
const Subject = OneLine(150);
/** Markdown as HR wrote it; plain text from before Markdown is valid Markdown too. */
const Body = z.string().trim().min(1).max(20_000);

/** A moment in the future (the server's clock decides, so a stale form cannot schedule into the past). */
const FutureMoment = z.iso.datetime({ offset: true }).refine((value) => Date.parse(value) > Date.now(), { message: "Choose a time in the future" });

const Draft = z.object({
  purpose: ConsentPurpose.default("company_news"),
  subjectJa: Subject,
  bodyJa: Body,
  subjectEn: Subject,
  bodyEn: Body,
  segment: Segment.default({}),
});

export const AnnouncementInput = Draft.extend({
  /** Absent: send now. */
  scheduledAt: FutureMoment.optional(),
});
export type AnnouncementInput = z.infer<typeof AnnouncementInput>;

/** Editing a scheduled newsletter before it goes: everything again, including the (future) time. */
export const AnnouncementUpdateInput = Draft.extend({ scheduledAt: FutureMoment });
export type AnnouncementUpdateInput = z.infer<typeof AnnouncementUpdateInput>;

export const AudienceInput = z.object({ purpose: ConsentPurpose.default("company_news"), segment: Segment.default({}) });
export type AudienceInput = z.infer<typeof AudienceInput>;

export const Audience = z.object({
  purpose: ConsentPurpose,
  /** Alumni who match the segment's filters. */
  matching: z.number().int(),
  /** Of those, who will receive it: consented, verified email, active account. */
  recipients: z.number().int(),
  /** Same as `recipients` (kept for older clients). */
  count: z.number().int(),
});
export type Audience = z.infer<typeof Audience>;

export const TestSendResult = z.object({ sentTo: z.string(), locales: z.array(z.enum(["ja", "en"])) });
export type TestSendResult = z.infer<typeof TestSendResult>;

export const DeliveryCounts = z.object({
  queued: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  suppressed: z.number().int(),
  failed: z.number().int(),
});
export type DeliveryCounts = z.infer<typeof DeliveryCounts>;

export const ANNOUNCEMENT_STATUSES = ["scheduled", "sending", "sent", "cancelled"] as const;
export const AnnouncementStatus = z.enum(ANNOUNCEMENT_STATUSES);
export type AnnouncementStatus = z.infer<typeof AnnouncementStatus>;

export const AnnouncementSummary = z.object({
  id: z.string(),
  purpose: ConsentPurpose,
  subjectJa: z.string(),
  subjectEn: z.string(),
  /** scheduled: waits for `scheduledAt`; sending: the fan-out is writing messages; sent: every recipient has a message. */
  status: AnnouncementStatus,
  segment: Segment,
  scheduledAt: z.string().nullable(),
  /** Opens are measured for this newsletter (the tenant's setting when it went out). */
  openTracking: z.boolean(),
  recipientCount: z.number().int(),
  counts: DeliveryCounts,
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type AnnouncementSummary = z.infer<typeof AnnouncementSummary>;

export const Announcement = AnnouncementSummary.extend({
  bodyJa: z.string(),
  bodyEn: z.string(),
  bodyHtmlJa: z.string(),
  bodyHtmlEn: z.string(),
});
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementPage = pageOf(AnnouncementSummary);
export type AnnouncementPage = z.infer<typeof AnnouncementPage>;

export const RECIPIENT_STATUSES = ["queued", "sending", "sent", "suppressed", "failed"] as const;
export const RecipientStatus = z.enum(RECIPIENT_STATUSES);
export type RecipientStatus = z.infer<typeof RecipientStatus>;

export const Recipient = z.object({
  id: z.string(),
  alumnusId: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  status: RecipientStatus,
  suppressedReason: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** Only when the newsletter measured opens. */
  openedAt: z.string().nullable(),
});
export type Recipient = z.infer<typeof Recipient>;

export const RecipientPage = pageOf(Recipient).extend({ counts: DeliveryCounts, openTracking: z.boolean() });
export type RecipientPage = z.infer<typeof RecipientPage>;

/** A newsletter in the alumni portal's archive, in the reader's language. */
export const NewsletterSummary = z.object({ id: z.string(), subject: z.string(), excerpt: z.string(), sentAt: z.string() });
export type NewsletterSummary = z.infer<typeof NewsletterSummary>;

export const Newsletter = NewsletterSummary.extend({ bodyHtml: z.string() });
export type Newsletter = z.infer<typeof Newsletter>;

export const NewsletterPage = pageOf(NewsletterSummary);
export type NewsletterPage = z.infer<typeof NewsletterPage>;
