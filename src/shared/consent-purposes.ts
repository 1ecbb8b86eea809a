import { z } from "zod";

/** What an alumnus may agree to be contacted for: separate, unticked, each withdrawable in one click. */
export const CONSENT_PURPOSES = ["company_news", "events", "community_news", "job_opportunities", "referral_requests", "alumni_visibility"] as const;
export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;
