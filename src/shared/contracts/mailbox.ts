import { z } from "zod";
import { pageOf } from "./common";

export const MailStatus = z.enum(["queued", "sending", "sent", "failed"]);
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
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailSummary = z.infer<typeof MailSummary>;
export const MailPage = pageOf(MailSummary);
export type MailPage = z.infer<typeof MailPage>;

export const MailMessage = MailSummary.extend({ text: z.string(), html: z.string() });
export type MailMessage = z.infer<typeof MailMessage>;
