import { z } from "zod";

export const WEBHOOK_EVENTS = [
  "alumnus.registered",
  "offboarding.case.created",
  "offboarding.case.invited",
  "offboarding.case.reminded",
  "offboarding.case.registered",
  "offboarding.case.declined",
  "offboarding.case.expired",
  "offboarding.case.cancelled",
  "candidate.hired",
] as const;
export const WebhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof WebhookEvent>;
