import { z } from "zod";
import { Locale } from "../locales";
import { Role } from "../roles";

export const Membership = z.object({
  tenantId: z.string(),
  tenantSlug: z.string(),
  tenantName: z.string(),
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

export const Me = z.object({
  kind: z.enum(["user", "apiKey"]),
  user: z
    .object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      locale: Locale,
      mfaEnabled: z.boolean(),
    })
    .nullable(),
  apiKey: z.object({ id: z.string(), name: z.string() }).nullable(),
  tenant: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  role: Role,
  memberships: z.array(Membership),
  /** The tenant requires MFA for this role and the user has not enabled it yet. */
  mfaSetupRequired: z.boolean(),
  /** The dev mailbox is available (no SMTP configured) and this member may read it. */
  devMailbox: z.boolean(),
  /** Alumni only: the private email has been confirmed by its link. */
  emailVerified: z.boolean().optional(),
  /** Alumni only: a newer privacy notice waits to be read (「確認しました」). */
  noticeReviewRequired: z.boolean().optional(),
});
export type Me = z.infer<typeof Me>;

export const UpdateMeInput = z.object({ name: z.string().trim().min(1).max(100), locale: Locale }).partial();
export type UpdateMeInput = z.infer<typeof UpdateMeInput>;

export const SwitchTenantInput = z.object({ tenantId: z.string().uuid() });
export type SwitchTenantInput = z.infer<typeof SwitchTenantInput>;

export const MfaSetup = z.object({ secret: z.string(), otpauthUrl: z.string(), qrDataUrl: z.string() });
export type MfaSetup = z.infer<typeof MfaSetup>;
