import { z } from "zod";
import { ConsentPurpose } from "../consent-purposes";
import { pageOf } from "./common";

/** One line, no CR/LF: it becomes a mail header. */
const Subject = z
  .string()
  .trim()
  .min(1)
  .max(150)
  .refine((value) => !/[\r\n]/.test(value), { message: "Line breaks are not allowed in a subject" });
const Body = z.string().trim().min(1).max(20_000);

export const AnnouncementInput = z.object({
  purpose: ConsentPurpose.default("company_news"),
  subjectJa: Subject,
  bodyJa: Body,
  subjectEn: Subject,
  bodyEn: Body,
});
export type AnnouncementInput = z.infer<typeof AnnouncementInput>;

export const AudienceInput = z.object({ purpose: ConsentPurpose.default("company_news") });
export type AudienceInput = z.infer<typeof AudienceInput>;

export const Audience = z.object({ purpose: ConsentPurpose, count: z.number().int() });
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

export const AnnouncementSummary = z.object({
  id: z.string(),
  purpose: ConsentPurpose,
  subjectJa: z.string(),
  subjectEn: z.string(),
  /** sending: the fan-out is writing messages; sent: every recipient has a message in the outbox. */
  status: z.enum(["sending", "sent"]),
  recipientCount: z.number().int(),
  counts: DeliveryCounts,
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type AnnouncementSummary = z.infer<typeof AnnouncementSummary>;

export const Announcement = AnnouncementSummary.extend({ bodyJa: z.string(), bodyEn: z.string() });
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementPage = pageOf(AnnouncementSummary);
export type AnnouncementPage = z.infer<typeof AnnouncementPage>;
