import { z } from "zod";
import { pageOf } from "./common";

export const MailStatus = z.enum(["queued", "sending", "sent", "failed", "suppressed"]);
export type MailStatus = z.infer<typeof MailStatus>;

export const MailSummary = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  locale: z.string(),
  status: MailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** Why a message was not sent: consent_withdrawn, account_inactive, email_unverified, case_closed, … */
  suppressedReason: z.string().nullable(),
  /** The consent purpose of non-transactional mail; null for transactional mail. */
  purpose: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailSummary = z.infer<typeof MailSummary>;
export const MailPage = pageOf(MailSummary);
export type MailPage = z.infer<typeof MailPage>;

export const MailMessage = MailSummary.extend({ text: z.string(), html: z.string() });
export type MailMessage = z.infer<typeof MailMessage>;

export const DeliveryQuery = z.object({
  status: MailStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type DeliveryQuery = z.infer<typeof DeliveryQuery>;
