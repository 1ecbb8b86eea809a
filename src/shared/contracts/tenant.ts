import { z } from "zod";

export const TenantSettings = z.object({
  slug: z.string(),
  name: z.string(),
  mfaRequiredForStaff: z.boolean(),
  /** Newsletter opens are measured (and the privacy notice says so); off by default. */
  newsletterOpenTracking: z.boolean(),
});
export type TenantSettings = z.infer<typeof TenantSettings>;

export const UpdateTenantSettingsInput = z
  .object({ name: z.string().trim().min(1).max(100), mfaRequiredForStaff: z.boolean(), newsletterOpenTracking: z.boolean() })
  .partial();
export type UpdateTenantSettingsInput = z.infer<typeof UpdateTenantSettingsInput>;
